package org.passerelle.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

/**
 * The demo's co-creation sessions in the first demo space, so that the sessions views and the home pages show
 * something: a kick-off held two weeks ago, with its minutes and three action items (Fatima's, Grace's and
 * Lucas's "my actions"), and a co-creation afternoon in two working days (everyone's "next sessions", the staff's "this
 * week"). Only while the space has no session.
 */
@Component
@Order(300)
class DemoSessions implements ApplicationRunner {

    static final String SPACE = "Rwanda — health and TVET";
    private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);
    private final boolean demoData;
    private final SessionService sessions;
    private final SessionRecordService records;
    private final SpaceService spaces;
    private final RunAs runAs;
    private final Clock clock;

    DemoSessions(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            SessionService sessions,
            SessionRecordService records,
            SpaceService spaces,
            RunAs runAs,
            Clock clock) {
        this.demoData = demoData;
        this.sessions = sessions;
        this.records = records;
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
                        .ifPresent(spaceId -> {
                            holdKickOff(spaceId);
                            scheduleAfternoon(spaceId);
                        }));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeZones.OFFICE));
    }

    private void holdKickOff(long spaceId) {
        LocalDateTime start = today().minusWeeks(2).atTime(18, 0);
        SessionSummary held = sessions.schedule(
                spaceId,
                new SessionForm(
                        "Kick-off: the 2027 call for health centres",
                        "Lancement : l'appel 2027 pour les centres de santé",
                        "The office presents the call; associations share their first ideas.",
                        "Le bureau présente l'appel ; les associations partagent leurs premières idées.",
                        start,
                        start.plusHours(1).plusMinutes(30),
                        null,
                        "https://meet.passerelle.example/rwanda-kick-off",
                        40,
                        List.of(
                                new AgendaItem("The call and its criteria", 30, null),
                                new AgendaItem("First ideas of the associations", 45, null),
                                new AgendaItem("Who does what next", 15, null))));
        records.saveMinutes(
                held.id(),
                "## Decisions\n\n- The associations send a one-page idea before drafting.\n"
                        + "- The board publishes its checklist for health proposals.\n");
        LocalDate today = today();
        for (var member : records.ownerChoices(held.id())) {
            if (member.displayName().startsWith("Fatima")) {
                records.addAction(
                        held.id(),
                        new ActionItemForm(
                                "Send the one-page idea for the Huye health centre",
                                member.accountId(),
                                today.plusDays(5)));
            } else if (member.displayName().startsWith("Lucas")) {
                records.addAction(
                        held.id(),
                        new ActionItemForm(
                                "Send the minutes in French to the associations",
                                member.accountId(),
                                today.plusDays(3)));
            } else if (member.displayName().startsWith("Grace")) {
                records.addAction(
                        held.id(),
                        new ActionItemForm(
                                "Publish the board's checklist for health proposals",
                                member.accountId(),
                                today.plusDays(10)));
            }
        }
    }

    private void scheduleAfternoon(long spaceId) {
        LocalDate day = today().plusDays(2);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalDateTime start = day.atTime(14, 0);
        sessions.schedule(
                spaceId,
                new SessionForm(
                        "Co-creation afternoon: health centres",
                        "Après-midi de co-création : centres de santé",
                        "We shape the **health centre** proposals together before they are submitted.\n\n"
                                + "Bring your questions; the board's experts join online.",
                        "Nous façonnons ensemble les propositions pour les **centres de santé** avant leur dépôt.\n\n"
                                + "Apportez vos questions ; les experts du conseil participent en ligne.",
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
        log.info("Scheduled the demo sessions: a kick-off held two weeks ago and an afternoon to come (demo only)");
    }
}
