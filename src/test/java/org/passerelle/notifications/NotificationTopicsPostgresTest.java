package org.passerelle.notifications;

import org.passerelle.PostgresTest;

@PostgresTest
class NotificationTopicsPostgresTest extends NotificationTopicsContract {}
