package org.passerelle.notifications;

import org.passerelle.H2Test;

@H2Test
class NotificationTopicsH2Test extends NotificationTopicsContract {}
