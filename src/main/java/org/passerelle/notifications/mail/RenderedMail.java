package org.passerelle.notifications.mail;

/** A composed mail: subject, plain text, HTML and the {@code List-Unsubscribe} value. */
record RenderedMail(String subject, String text, String html, String listUnsubscribe) {}
