package org.passerelle.proposals;

import java.util.List;
import org.passerelle.base.UserFacingException;

/**
 * One reason why a proposal of this association cannot go to this call, with what to do, as a message key and
 * its arguments: the draft's dialog, the readiness checklist and the submission all show the same one.
 */
public record Ineligibility(String messageKey, List<Object> arguments) {

    public Ineligibility {
        arguments = List.copyOf(arguments);
    }

    Ineligibility(String messageKey, Object... arguments) {
        this(messageKey, List.of(arguments));
    }

    /** The refusal a service throws for it. */
    public UserFacingException refusal() {
        return new UserFacingException(messageKey, arguments.toArray());
    }
}
