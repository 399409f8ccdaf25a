package org.passerelle.associations;

/** An association as other modules refer to it, e.g. the associations a person may submit for. */
public record AssociationRef(long id, String name, String acronym, boolean verified) {}
