/** The outbox, the notifications and the preferences (internal to the notifications module). */
package org.passerelle.notifications.domain;
