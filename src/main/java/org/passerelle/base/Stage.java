package org.passerelle.base;

/** The 3E approach: the stage a space, a call or a proposal is in (DESIGN.md section 2). */
public enum Stage {
    /** Create the conditions for diaspora to contribute. */
    ENABLE,
    /** Consult and co-create. */
    ENGAGE,
    /** Hand over ownership and follow through. */
    EMPOWER;

    public String messageKey() {
        return "stage." + name();
    }
}
