package org.passerelle.base;

/** A refusal tied to one input field, so that the view can mark that field. */
public class InvalidInputException extends UserFacingException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
