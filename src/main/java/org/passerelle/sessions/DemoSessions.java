package org.passerelle.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.passerelle.base.TimeZones;
import org.passerelle.security.RunAs;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A demo co-creation session next Thursday in the first demo space, so that the sessions views show something. */
@Component
@Order(300)
class DemoSessions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);
    static final String SPACE = "Rwanda — health and TVET";
    private final boolean demoData;
    private final SessionService sessions;
    private final SpaceService spaces;
    private final RunAs runAs;
    private final Clock clock;

    DemoSessions(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            SessionService sessions,
            SpaceService spaces,
            RunAs runAs,
            Clock clock) {
        this.demoData = demoData;
        this.sessions = sessions;
        this.spaces = spaces;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        runAs.run(
                "admin@passerelle.demo",
                () -> spaces.visibleSpaces().stream()
                        .filter(space -> SPACE.equals(space.titleEn()))
                        .map(SpaceSummary::id)
                        .findFirst()
                        .filter(spaceId -> sessions.ofSpace(spaceId).isEmpty())
                        .ifPresent(this::schedule));
    }

    private void schedule(long spaceId) {
        LocalDate thursday =
                LocalDate.now(clock.withZone(TimeZones.OFFICE)).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        LocalDateTime start = thursday.atTime(14, 0);
        sessions.schedule(
                spaceId,
                new SessionForm(
                        "Co-creation afternoon: health centres",
                        "We shape the **health centre** proposals together before they are submitted.\n\n"
                                + "Bring your questions; the board's experts join online.",
                        start,
                        start.plusHours(2).plusMinutes(30),
                        "Passerelle office, Brussels",
                        "https://meet.passerelle.example/rwanda-health",
                        25,
                        List.of(
                                new AgendaItem("Welcome and introductions", 15, null),
                                new AgendaItem("What the call asks for", 30, null),
                                new AgendaItem("Proposals in progress: round table", 75, null),
                                new AgendaItem("Next steps and action items", 20, null))));
        log.info("Scheduled the demo session (demo only)");
    }
}
