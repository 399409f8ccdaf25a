package org.passerelle.accounts;

/**
 * What a mail to a person needs: the address, the name to greet, the language to write in ("en" or "fr"), and
 * whether the account is enabled (a disabled person is sent nothing).
 */
public record MailRecipient(long id, String displayName, String email, String language, boolean enabled) {}
