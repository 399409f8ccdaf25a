package org.passerelle.proposals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.passerelle.accounts.AccountService;
import org.passerelle.associations.AssociationRef;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.Sector;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallService;
import org.passerelle.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * More demo data after the demo proposal, so that the home pages show something on first start: Fatima's
 * other association (Association des Marocains de Liège) submits a proposal to the demo call (staff's triage
 * queue), which Grace questions (Grace's open questions, Fatima's answers to give), and starts a draft
 * (Fatima's drafts). Nothing goes to a vote, so the demo proposal stays the only one waiting for a ballot.
 * Only when that association has no proposal yet. Created through the services.
 */
@Component
@Order(260)
class DemoHomeData implements ApplicationRunner {

    static final String ASSOCIATION = "Association des Marocains de Liège pour le Développement";
    static final String TITLE = "Solar maintenance training for young technicians in Huye";
    static final String DRAFT = "Mentoring women entrepreneurs in Musanze";
    static final String BOARD = "board@passerelle.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoHomeData.class);
    private final boolean demoData;
    private final ProposalService proposals;
    private final ReviewService reviews;
    private final CallService calls;
    private final AssociationService associations;
    private final AccountService accounts;
    private final RunAs runAs;
    private final Clock clock;

    DemoHomeData(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            ProposalService proposals,
            ReviewService reviews,
            CallService calls,
            AssociationService associations,
            AccountService accounts,
            RunAs runAs,
            Clock clock) {
        this.demoData = demoData;
        this.proposals = proposals;
        this.reviews = reviews;
        this.calls = calls;
        this.associations = associations;
        this.accounts = accounts;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        long[] submitted = {0};
        runAs.run(DemoProposals.AUTHOR, () -> {
            long callId = calls.visibleCalls().stream()
                    .filter(call -> DemoProposals.CALL.equals(call.form().titleEn()))
                    .mapToLong(call -> call.id())
                    .findFirst()
                    .orElse(0);
            long me = accounts.findByEmail(DemoProposals.AUTHOR).orElseThrow().id();
            long associationId = associations.associationsOf(me).stream()
                    .filter(association -> ASSOCIATION.equals(association.name()))
                    .mapToLong(AssociationRef::id)
                    .findFirst()
                    .orElse(0);
            boolean first = proposals.mine().stream().noneMatch(p -> p.associationId() == associationId);
            if (callId == 0 || associationId == 0 || !first) {
                return;
            }
            ProposalView draft = proposals.createDraft(callId, associationId, TITLE);
            ProposalView saved = proposals.save(draft.id(), draft.lockVersion(), content());
            proposals.act(saved.id(), ProposalAction.SUBMIT, null);
            submitted[0] = saved.id();
            proposals.createDraft(callId, associationId, DRAFT);
        });
        if (submitted[0] == 0) {
            return;
        }
        runAs.run(BOARD, () -> reviews.ask(submitted[0], "Who pays the trainees' transport to the health centre?"));
        log.info("Created the demo proposals for the home pages: one submitted and questioned, one draft (demo only)");
    }

    private ProposalContent content() {
        LocalDate start =
                LocalDate.now(clock.withZone(TimeZones.OFFICE)).plusMonths(5).withDayOfMonth(1);
        return new ProposalContent(
                TITLE,
                "Young technicians learn to maintain the solar systems of rural health centres.",
                "Solar systems of health centres fail after two years because nobody nearby can repair them.",
                "- train 20 young technicians\n- keep ten health centres' systems running",
                "Six-month course with diaspora engineers; internships in health centres.",
                "20 young people of Huye district and ten health centres.",
                "RW",
                "Southern Province, Huye",
                EnumSet.of(Sector.EDUCATION_TVET),
                new BigDecimal("18000"),
                "EUR",
                "Trainers 9,000; tools 5,000; internships 4,000",
                start,
                start.plusMonths(9),
                "Month 6: course completed; month 9: internships done",
                "Huye TVET school",
                "Diaspora solar engineers teach the course remotely and on two visits.",
                "Ten health centres keep their power; 20 young people find work.",
                "The TVET school keeps the course in its catalogue.",
                "Trainees leave for the city: internships with local employers.");
    }
}
