/**
 * Notifications: tells people what concerns them, in the app (a bell and a notification centre) and by e-mail
 * (at once or as a daily or weekly digest, each person's choice per category). It only listens to the other
 * modules' events and asks them who is concerned and who may see what; no module depends on it.
 *
 * <p>An event is first written to an outbox in the transaction that made the change ({@code EventIntake}),
 * then fanned out after the commit ({@code NotificationDispatcher}): so a notification is neither lost when
 * the application stops between the two, nor written twice (one per event and recipient).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.passerelle.notifications;
