package org.passerelle.accounts;

import java.util.Set;

/**
 * A person's account was erased (GDPR): published in the erasure's transaction, after the account itself was
 * stripped, so that each module takes the person out of its own tables in its listener (profile, notifications and
 * mails to them, the audit log's wording, mentions in others' messages, the search index). Their messages,
 * proposals and votes stay, shown as by a "former member".
 *
 * @param formerTexts the texts that named the person (name, e-mail addresses, phone) for the modules that must
 *     rewrite them where others' words quote them (audit details, mentions); never stored, never audited
 */
public record AccountErased(long accountId, Set<String> formerTexts) {

    public AccountErased {
        formerTexts = Set.copyOf(formerTexts);
    }

    /** What replaces a former text: the stored, language-neutral mark of a former member. */
    public static final String REPLACEMENT = FormerMember.STORED_NAME;
}
