package org.passerelle.documents;

/** What a document can be attached to. */
public enum OwnerType {
    PROPOSAL,
    SPACE,
    CALL,
    SESSION;

    public String messageKey() {
        return "documents.owner." + name();
    }
}
