package org.passerelle.notifications.mail;

@MailH2Test
class MailServiceH2Test extends MailContract {}
