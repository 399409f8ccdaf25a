package org.passerelle.contacts;

/** What the import will do with one row of the file. */
public enum ImportStatus {
    /** A contact not yet in the list: added. */
    NEW,
    /** An address already in the list: that contact is updated with the row. */
    UPDATE,
    /** Left out, for the reason given. */
    ERROR
}
