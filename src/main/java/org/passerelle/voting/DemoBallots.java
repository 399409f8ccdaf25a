package org.passerelle.voting;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.passerelle.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo ballot, so that the board's "ballots awaiting my vote" and the staff's "closing without quorum"
 * show something on first start: staff open a ballot closing in two days on the demo proposal that the
 * proposals module's demo put in voting for it (by its title). The other demo proposal in voting is left
 * without a ballot, for the ballot journey to open one.
 */
@Component
@Order(270)
class DemoBallots implements ApplicationRunner {

    /** The proposals module's demo proposal in voting (proposals.DemoPortfolio). */
    static final String PROPOSAL = "Telemedicine links between Kigali hospitals and rural health centres";

    private static final Logger log = LoggerFactory.getLogger(DemoBallots.class);
    private final boolean demoData;
    private final BallotQueries queries;
    private final BallotOpening opening;
    private final RunAs runAs;
    private final Clock clock;

    DemoBallots(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            BallotQueries queries,
            BallotOpening opening,
            RunAs runAs,
            Clock clock) {
        this.demoData = demoData;
        this.queries = queries;
        this.opening = opening;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        boolean[] opened = {false};
        runAs.run("staff@passerelle.demo", () -> queries.proposalsToBallot().stream()
                .filter(proposal -> PROPOSAL.equals(proposal.proposalTitle()))
                .findFirst()
                .ifPresent(proposal -> {
                    opening.open(proposal.proposalId(), settings());
                    opened[0] = true;
                }));
        if (opened[0]) {
            log.info("Opened the demo ballot, closing in two days (demo only)");
        }
    }

    private BallotSettings settings() {
        return new BallotSettings(
                BallotKind.DECISION,
                false,
                List.of(),
                null,
                clock.instant().plus(Duration.ofHours(47)),
                50,
                Threshold.SIMPLE_MAJORITY,
                false,
                false);
    }
}
