package org.passerelle.proposals;

import java.time.Instant;

/** A review question with its answer (empty until the authors answer). */
public record ReviewExchange(
        long id,
        String question,
        String askedByName,
        Instant askedAt,
        String answer,
        String answeredByName,
        Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }
}
