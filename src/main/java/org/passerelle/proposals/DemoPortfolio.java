package org.passerelle.proposals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
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
 * The rest of the demo portfolio, so that the Engage and Empower blocks of the home pages and the pipeline
 * show something on first start: Jean-Paul's association (ARB) has a proposal in voting, on which the voting
 * module's demo opens a ballot closing in two days ({@link #IN_VOTING}); Fatima's association of Liège has a
 * project in implementation with one milestone already late and one to come ({@link #IN_IMPLEMENTATION}).
 * Created through the services, only on the first start with the demo data.
 */
@Component
@Order(265)
class DemoPortfolio implements ApplicationRunner {

    /** The voting module's demo (voting.DemoBallots) opens its ballot on the proposal of this title. */
    static final String IN_VOTING = "Telemedicine links between Kigali hospitals and rural health centres";

    static final String IN_IMPLEMENTATION = "Apprenticeships in solar pumping for young farmers of Nyagatare";
    static final String VOTING_ASSOCIATION = "Association Rwandaise de Belgique";
    static final String VOTING_AUTHOR = "member2@passerelle.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);
    private final boolean demoData;
    private final ProposalService proposals;
    private final FollowUpService followUp;
    private final CallService calls;
    private final AssociationService associations;
    private final AccountService accounts;
    private final RunAs runAs;
    private final Clock clock;

    DemoPortfolio(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            ProposalService proposals,
            FollowUpService followUp,
            CallService calls,
            AssociationService associations,
            AccountService accounts,
            RunAs runAs,
            Clock clock) {
        this.demoData = demoData;
        this.proposals = proposals;
        this.followUp = followUp;
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
        long inVoting = submitOnce(VOTING_AUTHOR, VOTING_ASSOCIATION, telemedicine());
        long inImplementation =
                submitOnce(DemoProposals.AUTHOR, DemoHomeData.ASSOCIATION, apprenticeships());
        if (inVoting == 0 || inImplementation == 0) {
            return;
        }
        runAs.run(DemoProposals.STAFF, () -> {
            proposals.act(inVoting, ProposalAction.TRIAGE, null);
            proposals.act(inVoting, ProposalAction.OPEN_VOTING, null);
            proposals.act(inImplementation, ProposalAction.TRIAGE, null);
            proposals.act(inImplementation, ProposalAction.OPEN_VOTING, null);
            proposals.act(
                    inImplementation,
                    ProposalAction.ACCEPT,
                    "Clear plan, a committed cooperative and a realistic budget.");
            proposals.act(inImplementation, ProposalAction.START_IMPLEMENTATION, null);
        });
        LocalDate today = today();
        runAs.run(DemoProposals.AUTHOR, () -> {
            followUp.addMilestone(inImplementation, "First ten apprentices trained", today.minusWeeks(2));
            followUp.addMilestone(inImplementation, "Pumps installed on three farms", today.plusWeeks(6));
        });
        log.info("Created the demo portfolio: one proposal in voting, one in implementation (demo only)");
    }

    /** Drafts and submits the proposal to the demo call; 0 when the association already has it (restart). */
    private long submitOnce(String author, String association, ProposalContent content) {
        long[] id = {0};
        runAs.run(author, () -> {
            Optional<Long> callId = calls.visibleCalls().stream()
                    .filter(call -> DemoProposals.CALL.equals(call.form().titleEn()))
                    .map(call -> call.id())
                    .findFirst();
            Optional<Long> associationId = associations.associationsOf(currentAccount(author)).stream()
                    .filter(a -> association.equals(a.name()))
                    .map(AssociationRef::id)
                    .findFirst();
            boolean exists = proposals.mine().stream().anyMatch(p -> content.title().equals(p.title()));
            if (callId.isEmpty() || associationId.isEmpty() || exists) {
                return;
            }
            ProposalView draft = proposals.createDraft(callId.get(), associationId.get(), content.title());
            ProposalView saved = proposals.save(draft.id(), draft.lockVersion(), content);
            proposals.act(saved.id(), ProposalAction.SUBMIT, null);
            id[0] = saved.id();
        });
        return id[0];
    }

    private long currentAccount(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeZones.OFFICE));
    }

    private ProposalContent telemedicine() {
        LocalDate start = today().plusMonths(4).withDayOfMonth(1);
        return new ProposalContent(
                IN_VOTING,
                "Rwandan doctors of the diaspora give remote second opinions to rural health centres.",
                "Nurses in rural health centres wait weeks for a specialist's opinion on difficult cases.",
                "- weekly remote consultations for 12 health centres\n- train 24 nurses to prepare a case",
                "Video links and a shared case file; diaspora doctors take turns each week.",
                "12 health centres of the Eastern Province and their patients.",
                "RW",
                "Eastern Province",
                EnumSet.of(Sector.HEALTH),
                new BigDecimal("32000"),
                "EUR",
                "Equipment 14,000; connectivity 8,000; training 10,000",
                start,
                start.plusMonths(12),
                "Month 3: links installed; month 6: nurses trained; month 12: 500 cases reviewed",
                "Rwanda Biomedical Centre; district hospitals",
                "Diaspora doctors in Belgium volunteer two hours a week each.",
                "Fewer transfers to Kigali; difficult cases treated sooner.",
                "The district hospitals take over the links after a year.",
                "Weak connectivity: offline case files synchronised when the link returns.");
    }

    private ProposalContent apprenticeships() {
        LocalDate start = today().minusMonths(2).withDayOfMonth(1);
        return new ProposalContent(
                IN_IMPLEMENTATION,
                "Young farmers learn to install and repair solar water pumps.",
                "Farms lose their harvest in the dry season; diesel pumps are expensive to run.",
                "- train 30 apprentices\n- equip ten farms with solar pumps",
                "Apprenticeships with a local installer, coached by diaspora engineers.",
                "30 young people and ten farming families of Nyagatare district.",
                "RW",
                "Eastern Province, Nyagatare",
                EnumSet.of(Sector.EDUCATION_TVET),
                new BigDecimal("24000"),
                "EUR",
                "Pumps 12,000; apprenticeships 9,000; coaching 3,000",
                start,
                start.plusMonths(10),
                "Month 2: first ten apprentices trained; month 6: pumps on three farms",
                "Nyagatare farmers' cooperative; a local solar installer",
                "Diaspora engineers coach the apprentices remotely and on one visit.",
                "Ten farms irrigate in the dry season; 30 young people have a trade.",
                "The cooperative maintains the pumps with the trained apprentices.",
                "Pump theft: pumps registered with the cooperative and fenced.");
    }
}
