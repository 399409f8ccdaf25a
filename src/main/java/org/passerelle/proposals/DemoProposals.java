package org.passerelle.proposals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.associations.AssociationRef;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.Sector;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo proposal in the demo call, after the demo spaces, associations and call: Fatima drafts it on
 * behalf of the Amicale des Maliens du Luxembourg with Moussa (its contact) as co-author and submits it;
 * staff triage it and open the vote, so that a ballot can be opened at once (Moussa, a board member of the
 * space, is then recused). Only when the call has no proposal yet. Created through the services.
 */
@Component
@Order(250)
class DemoProposals implements ApplicationRunner {

    static final String CALL = "Health centres and vocational training 2027";
    static final String ASSOCIATION = "Amicale des Maliens du Luxembourg";
    static final String TITLE = "Solar power for the Huye health centre";
    static final String AUTHOR = "member@passerelle.demo";
    static final String CO_AUTHOR = "board.member@passerelle.demo";
    static final String STAFF = "staff@passerelle.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);
    private final boolean demoData;
    private final ProposalService proposals;
    private final CallService calls;
    private final AssociationService associations;
    private final AccountService accounts;
    private final RunAs runAs;
    private final Clock clock;

    DemoProposals(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            ProposalService proposals,
            CallService calls,
            AssociationService associations,
            AccountService accounts,
            RunAs runAs,
            Clock clock) {
        this.demoData = demoData;
        this.proposals = proposals;
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
        long[] call = {0};
        PersonRef[] people = new PersonRef[2];
        runAs.run(STAFF, () -> {
            demoCall()
                    .filter(found -> proposals.countOfCall(found.id(), ProposalFilter.ANY) == 0)
                    .ifPresent(found -> call[0] = found.id());
            people[0] = accounts.findByEmail(AUTHOR).orElse(null);
            people[1] = accounts.findByEmail(CO_AUTHOR).orElse(null);
        });
        if (call[0] == 0 || people[0] == null || people[1] == null) {
            return;
        }
        PersonRef author = people[0];
        PersonRef coAuthor = people[1];
        long[] submitted = {0};
        runAs.run(AUTHOR, () -> {
            if (!proposals.mine().isEmpty()) {
                return; // the author has drafts already: this is not a first start
            }
            associations.associationsOf(author.id()).stream()
                    .filter(association -> ASSOCIATION.equals(association.name()))
                    .map(AssociationRef::id)
                    .findFirst()
                    .ifPresent(associationId -> submitted[0] = draftAndSubmit(call[0], associationId, coAuthor.id()));
        });
        if (submitted[0] == 0) {
            return;
        }
        runAs.run(STAFF, () -> {
            proposals.act(submitted[0], ProposalAction.TRIAGE, null);
            proposals.act(submitted[0], ProposalAction.OPEN_VOTING, null);
        });
        log.info("Created the demo proposal, in voting (demo only)");
    }

    private Optional<CallSummary> demoCall() {
        return calls.visibleCalls().stream()
                .filter(call -> CALL.equals(call.form().titleEn()))
                .findFirst();
    }

    private long draftAndSubmit(long callId, long associationId, long coAuthorId) {
        ProposalView draft = proposals.createDraft(callId, associationId, TITLE);
        draft = proposals.addCoAuthor(draft.id(), coAuthorId);
        LocalDate start =
                LocalDate.now(clock.withZone(TimeZones.OFFICE)).plusMonths(4).withDayOfMonth(1);
        ProposalView saved = proposals.save(
                draft.id(),
                draft.lockVersion(),
                new ProposalContent(
                        TITLE,
                        "Solar panels and batteries so that the Huye health centre has power day and night.",
                        "The health centre loses power most evenings: births happen by torchlight and vaccines"
                                + " spoil when the refrigerator stops.",
                        "- light the maternity ward at night\n- keep vaccines cold\n- cut the diesel bill",
                        "Install 40 solar panels and a battery bank; train two local technicians.",
                        "About 3,000 patients a year and the centre's twelve staff.",
                        "RW",
                        "Southern Province, Huye",
                        EnumSet.of(Sector.HEALTH),
                        new BigDecimal("25000"),
                        "EUR",
                        "Panels 14,000; batteries 7,000; installation 2,500; training 1,500",
                        start,
                        start.plusYears(1),
                        "Month 3: panels installed; month 6: technicians trained",
                        "The Huye district health office",
                        "Two solar engineers of the association install the system and train the technicians.",
                        "Safe care at night and no lost vaccines.",
                        "The trained technicians maintain the system; the diesel savings pay for spare parts.",
                        "Theft of panels: fenced and insured."));
        proposals.act(saved.id(), ProposalAction.SUBMIT, null);
        return saved.id();
    }
}
