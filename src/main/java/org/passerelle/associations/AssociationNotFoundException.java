package org.passerelle.associations;

import org.passerelle.base.UserFacingException;

/** No association has this id (views show the not-found page). */
public class AssociationNotFoundException extends UserFacingException {

    public AssociationNotFoundException() {
        super("associations.error.not-found");
    }
}
