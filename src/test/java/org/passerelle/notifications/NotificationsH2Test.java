package org.passerelle.notifications;

import org.passerelle.H2Test;

@H2Test
class NotificationsH2Test extends NotificationsContract {}
