package org.passerelle.notifications;

import org.passerelle.PostgresTest;

@PostgresTest
class NotificationsPostgresTest extends NotificationsContract {}
