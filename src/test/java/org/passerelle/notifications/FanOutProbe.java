package org.passerelle.notifications;

import java.time.Instant;
import org.passerelle.base.SubjectRef;
import org.passerelle.notifications.domain.OutboxEntry;
import org.passerelle.notifications.domain.OutboxRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** For the benchmark: writes one event to the outbox, as the intake does in the raising transaction. */
public final class FanOutProbe {

    private FanOutProbe() {}

    public static void ballotOpened(ApplicationContext context, long ballotId, long spaceId) {
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> context.getBean(OutboxRepository.class)
                        .save(new OutboxEntry(
                                Topic.BALLOT_OPENED,
                                null,
                                SubjectRef.ballot(ballotId),
                                spaceId,
                                null,
                                null,
                                Instant.now())));
    }
}
