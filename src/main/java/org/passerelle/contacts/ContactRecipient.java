package org.passerelle.contacts;

/**
 * A contact who may receive the newsletter.
 *
 * @param language the language the contact prefers for mail ({@code en} or {@code fr})
 */
public record ContactRecipient(long contactId, String email, String name, String language) {}
