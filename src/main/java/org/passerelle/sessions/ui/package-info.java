/**
 * Session views: the sessions list, a space's sessions by week and day, the session page (agenda with the
 * live current item and timer, registration, the slot for the session's thread, follow-up), the session
 * dialog for staff, and "My actions".
 */
package org.passerelle.sessions.ui;
