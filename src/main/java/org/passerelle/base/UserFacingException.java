package org.passerelle.base;

import java.util.Arrays;

/**
 * A refusal that the person should read: services throw it with a message key (and arguments) and views
 * show the translation. Nothing has been changed when it is thrown.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
