package org.passerelle.calls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.base.Sector;
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

/** A demo call, open for two months, in the first demo space: so that demo associations can draft at once. */
@Component
@Order(200)
class DemoCalls implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCalls.class);
    private final boolean demoData;
    private final CallService calls;
    private final SpaceService spaces;
    private final RunAs runAs;
    private final Clock clock;

    DemoCalls(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            CallService calls,
            SpaceService spaces,
            RunAs runAs,
            Clock clock) {
        this.demoData = demoData;
        this.calls = calls;
        this.spaces = spaces;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        runAs.run("admin@passerelle.demo", () -> {
            if (!calls.visibleCalls().isEmpty()) {
                return;
            }
            spaces.visibleSpaces().stream()
                    .filter(space -> "Rwanda — health and TVET".equals(space.titleEn()))
                    .map(SpaceSummary::id)
                    .findFirst()
                    .ifPresent(this::createCall);
            spaces.visibleSpaces().stream()
                    .filter(space -> "Women's associations".equals(space.titleEn()))
                    .map(SpaceSummary::id)
                    .findFirst()
                    .ifPresent(this::createClosingCall);
        });
    }

    private void createCall(long spaceId) {
        LocalDate today = LocalDate.now(clock.withZone(TimeZones.OFFICE));
        CallSummary call = calls.create(
                spaceId,
                new CallForm(
                        "Health centres and vocational training 2027",
                        "Centres de santé et formation professionnelle 2027",
                        "Projects that bring diaspora skills to health centres and TVET schools in Rwanda.",
                        "Des projets qui apportent les compétences de la diaspora aux centres de santé et aux écoles d'EFTP au Rwanda.",
                        "Use the template; describe what the diaspora brings and how the project lasts.",
                        "Utilisez le modèle ; décrivez ce qu'apporte la diaspora et comment le projet dure.",
                        today,
                        today.plusMonths(2),
                        false,
                        Set.of("RW"),
                        EnumSet.of(Sector.HEALTH, Sector.EDUCATION_TVET),
                        2,
                        List.of(
                                new Criterion("Relevance", "Pertinence", 30),
                                new Criterion("Feasibility", "Faisabilité", 30),
                                new Criterion("Diaspora contribution", "Apport de la diaspora", 25),
                                new Criterion("Sustainability", "Durabilité", 15))));
        calls.moveTo(call.id(), CallState.OPEN);
        log.info("Created the demo call (demo only)");
    }

    /** A second call, closing in ten days: the staff's "calls closing" has something to show. */
    private void createClosingCall(long spaceId) {
        LocalDate today = LocalDate.now(clock.withZone(TimeZones.OFFICE));
        CallSummary call = calls.create(
                spaceId,
                new CallForm(
                        "Mentoring women entrepreneurs 2027",
                        "Mentorat de femmes entrepreneures 2027",
                        "Diaspora businesswomen mentor women who start a business in their country of origin.",
                        "Des femmes d'affaires de la diaspora accompagnent des femmes qui créent une entreprise dans leur pays d'origine.",
                        "Say who the mentors are and how often they meet the entrepreneurs.",
                        "Dites qui sont les mentores et à quel rythme elles rencontrent les entrepreneures.",
                        today.minusWeeks(6),
                        today.plusDays(10),
                        false,
                        Set.of(),
                        EnumSet.of(Sector.WOMENS_EMPOWERMENT, Sector.ENTREPRENEURSHIP_INVESTMENT),
                        1,
                        List.of(
                                new Criterion("Relevance", "Pertinence", 50),
                                new Criterion("Mentors' commitment", "Engagement des mentores", 50))));
        calls.moveTo(call.id(), CallState.OPEN);
    }
}
