package org.passerelle.associations;

/** A person's standing in an association: invited (waiting for their answer) or an active member. */
public enum MemberStatus {
    INVITED,
    ACTIVE;

    /** The message-bundle key that tells the reader their own standing ("You are a member"). */
    public String myStatusKey() {
        return "associations.my-status." + name();
    }
}
