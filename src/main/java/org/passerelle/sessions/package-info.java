/**
 * Co-creation sessions: staff and facilitators of a space schedule a session (Brussels time, place and/or
 * online link, capacity, an agenda whose items may point to proposals of the space); members register,
 * with a first-come-first-served waiting list; reminders are raised as events before the start; during
 * the session the facilitator drives the current agenda item and its timer, seen live by every open page;
 * afterwards attendance, minutes and action items are recorded, and each owner follows their actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions")
package org.passerelle.sessions;
