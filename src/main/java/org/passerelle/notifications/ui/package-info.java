/** The bell in the app shell, the notification centre and the e-mail settings in the profile. */
package org.passerelle.notifications.ui;
