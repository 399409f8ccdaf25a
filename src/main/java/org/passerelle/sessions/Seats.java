package org.passerelle.sessions;

import java.util.List;
import org.passerelle.sessions.SessionEvents.RegistrationPromoted;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.Registration;
import org.passerelle.sessions.domain.RegistrationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives free seats to the waiting list, first come first served. Called with the session row locked (see
 * {@code SessionRepository.findForUpdate}), so two callers never hand out the same seat.
 */
@Component
class Seats {

    private final RegistrationRepository registrations;
    private final ApplicationEventPublisher events;

    Seats(RegistrationRepository registrations, ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.events = events;
    }

    void fill(CoCreationSession session) {
        long free = session.getCapacity()
                - registrations.countBySessionIdAndStatus(session.getId(), RegistrationStatus.REGISTERED);
        if (free <= 0) {
            return;
        }
        List<Registration> waiting = registrations.findBySessionIdAndStatusOrderByRegisteredAtAscIdAsc(
                session.getId(), RegistrationStatus.WAITING);
        for (Registration next : waiting.subList(0, (int) Math.min(free, waiting.size()))) {
            next.setStatus(RegistrationStatus.REGISTERED);
            registrations.save(next);
            events.publishEvent(new RegistrationPromoted(session.getId(), session.getSpaceId(), next.getAccountId()));
        }
        registrations.flush();
    }
}
