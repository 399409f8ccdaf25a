package org.passerelle.spaces;

/** Who may read and who may contribute to a space. */
public enum AccessMode {
    /** Every signed-in person may read it and join it with one click; members contribute. */
    OPEN,
    /** Every signed-in person may read it; only members (by invitation) contribute. */
    RESTRICTED,
    /** Only members (and staff) know it exists. */
    PRIVATE;

    public String messageKey() {
        return "spaces.access." + name();
    }
}
