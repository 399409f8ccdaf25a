package org.passerelle.associations;

/** Where an association is based: the country office covers Belgium and Luxembourg. */
public enum Residence {
    BE,
    LU,
    OTHER;

    public String messageKey() {
        return "associations.residence." + name();
    }
}
