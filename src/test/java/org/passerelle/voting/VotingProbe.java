package org.passerelle.voting;

import org.springframework.context.ApplicationContext;

/** Lets other modules' tests run the voting module's scheduled sweep (closing and reminders) now. */
public final class VotingProbe {

    private VotingProbe() {}

    public static void sweep(ApplicationContext context) {
        context.getBean(BallotSweep.class).sweep();
    }
}
