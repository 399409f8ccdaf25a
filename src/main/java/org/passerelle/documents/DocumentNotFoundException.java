package org.passerelle.documents;

import org.passerelle.base.UserFacingException;

/** The document does not exist or the person may not see it (one answer for both). */
public class DocumentNotFoundException extends UserFacingException {

    public DocumentNotFoundException() {
        super("documents.error.not-found");
    }
}
