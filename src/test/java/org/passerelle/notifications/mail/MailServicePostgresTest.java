package org.passerelle.notifications.mail;

@MailPostgresTest
class MailServicePostgresTest extends MailContract {}
