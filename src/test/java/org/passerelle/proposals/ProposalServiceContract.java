package org.passerelle.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drafting, conflicts, versions, access and the lifecycle against a real database (H2 and PostgreSQL). */
abstract class ProposalServiceContract {

    static final LocalDate TODAY = LocalDate.now(TimeZones.OFFICE);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProposalService proposals;

    TestAccounts accounts;
    long spaceId;
    long callId;
    long associationId;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        accounts.signIn(TestAccounts.ADMIN);
        SpaceService spaces = context.getBean(SpaceService.class);
        SpaceMembershipService memberships = context.getBean(SpaceMembershipService.class);
        spaceId = spaces.create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, AccessMode.RESTRICTED))
                .id();
        memberships.invite(spaceId, accounts.idOf(TestAccounts.BOARD), SpaceRole.BOARD_MEMBER);
        CallService calls = context.getBean(CallService.class);
        callId = calls.create(
                        spaceId,
                        new CallForm(
                                "Health centres",
                                null,
                                null,
                                null,
                                null,
                                null,
                                TODAY,
                                TODAY.plusDays(30),
                                false,
                                Set.of("RW"),
                                EnumSet.of(Sector.HEALTH),
                                1,
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        calls.moveTo(callId, CallState.OPEN);
        AssociationService associationService = context.getBean(AssociationService.class);
        associationId = associationService
                .register(
                        new AssociationForm(
                                "Ubumwe Bruxelles",
                                "UB",
                                "Rwandan diaspora",
                                Set.of("RW"),
                                Residence.BE,
                                EnumSet.of(Sector.HEALTH),
                                null,
                                null,
                                null),
                        accounts.idOf(TestAccounts.MEMBER))
                .id();
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(AssociationInvitationService.class).invite(associationId, TestAccounts.BOTH.email());
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(AssociationInvitationService.class).accept(associationId);
        accounts.signIn(TestAccounts.BOARD);
        memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static ProposalContent complete(String problem) {
        return ProposalSamples.complete("Solar clinic", problem);
    }

    ProposalView draftByMember() {
        accounts.signIn(TestAccounts.MEMBER);
        return proposals.createDraft(callId, associationId, "Solar clinic");
    }

    @Test
    void aDraftIsVisibleToItsAssociationOnly() {
        ProposalView draft = draftByMember();
        accounts.signIn(TestAccounts.BOTH);
        assertThat(proposals.get(draft.id()).mayEdit()).isFalse(); // member of the association, not a co-author
        for (TestAccounts.Person stranger :
                List.of(TestAccounts.STAFF, TestAccounts.ADMIN, TestAccounts.BOARD, TestAccounts.OUTSIDER)) {
            accounts.signIn(stranger);
            assertThatThrownBy(() -> proposals.get(draft.id())).isInstanceOf(ProposalNotFoundException.class);
            assertThat(proposals.ofCall(callId, ProposalFilter.ANY, ProposalOrder.LATEST_CHANGE, 0, 50))
                    .isEmpty();
            assertThat(proposals.countOfCall(callId, ProposalFilter.ANY)).isZero();
        }
    }

    @Test
    void theCallsListShowsTheSubmittedVersionToReviewersWithFiltersOrderAndPages() {
        ProposalView draft = draftByMember();
        ProposalView saved = proposals.save(draft.id(), draft.lockVersion(), complete("No power"));
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        ProposalView other = proposals.createDraft(callId, associationId, "Water for Huye");
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(draft.id(), ProposalAction.TRIAGE, null);
        proposals.act(draft.id(), ProposalAction.REQUEST_REVISION, "Detail the budget");
        accounts.signIn(TestAccounts.MEMBER);
        ProposalContent revised = complete("No power");
        revised = new ProposalContent(
                "Solar clinic, revised",
                revised.summary(),
                revised.problem(),
                revised.objectives(),
                revised.activities(),
                revised.beneficiaries(),
                "RW",
                revised.region(),
                EnumSet.of(Sector.HEALTH, Sector.WATER_SANITATION),
                revised.budgetAmount(),
                revised.currency(),
                revised.budgetItems(),
                revised.startDate(),
                revised.endDate(),
                revised.milestones(),
                revised.partners(),
                revised.diasporaContribution(),
                revised.expectedImpact(),
                revised.sustainability(),
                revised.risks());
        proposals.save(draft.id(), proposals.get(draft.id()).lockVersion(), revised);

        assertThat(proposals.mine())
                .as("authors list their current text")
                .extracting(ProposalRow::title)
                .containsExactlyInAnyOrder("Solar clinic, revised", "Water for Huye");
        assertThat(proposals.ofCall(callId, ProposalFilter.ANY, ProposalOrder.TITLE_ASCENDING, 0, 50))
                .as("the call's list shows the submitted version, drafts only to their association")
                .extracting(ProposalRow::title)
                .containsExactly("Solar clinic", "Water for Huye");
        assertThat(proposals.ofCall(callId, ProposalFilter.ANY, ProposalOrder.TITLE_DESCENDING, 0, 1))
                .extracting(ProposalRow::title)
                .containsExactly("Water for Huye");
        assertThat(proposals.ofCall(callId, ProposalFilter.ANY, ProposalOrder.TITLE_ASCENDING, 1, 1))
                .extracting(ProposalRow::title)
                .containsExactly("Water for Huye");

        accounts.signIn(TestAccounts.STAFF);
        List<ProposalRow> listed = proposals.ofCall(callId, ProposalFilter.ANY, ProposalOrder.LATEST_CHANGE, 0, 50);
        assertThat(listed).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(saved.id());
            assertThat(row.title()).isEqualTo("Solar clinic");
            assertThat(row.sectors()).containsExactly(Sector.HEALTH);
            assertThat(row.country()).isEqualTo("RW");
            assertThat(row.state()).isEqualTo(ProposalState.REVISION_REQUESTED);
        });
        assertThat(proposals.countOfCall(callId, new ProposalFilter(null, Sector.WATER_SANITATION, null)))
                .as("the revision's new sector is not listed before it is resubmitted")
                .isZero();
        assertThat(proposals.countOfCall(
                        callId, new ProposalFilter(ProposalState.REVISION_REQUESTED, Sector.HEALTH, "RW")))
                .isEqualTo(1);
        assertThat(proposals.countOfCall(callId, new ProposalFilter(ProposalState.SUBMITTED, null, null)))
                .isZero();
        assertThat(proposals.countOfCall(callId, new ProposalFilter(null, null, "SN")))
                .isZero();
        assertThat(proposals.awaitingStaff()).isEmpty();

        accounts.signIn(TestAccounts.MEMBER);
        proposals.act(draft.id(), ProposalAction.RESUBMIT, null);
        accounts.signIn(TestAccounts.BOARD);
        assertThat(proposals.ofCall(
                        callId,
                        new ProposalFilter(null, Sector.WATER_SANITATION, null),
                        ProposalOrder.LATEST_CHANGE,
                        0,
                        50))
                .as("resubmitted: the list shows the new version to the board")
                .extracting(ProposalRow::title)
                .containsExactly("Solar clinic, revised");
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(proposals.countOfCall(callId, ProposalFilter.ANY))
                .as("not a member of the restricted space")
                .isZero();
        assertThatThrownBy(() -> proposals.ofCall(callId, ProposalFilter.ANY, ProposalOrder.LATEST_CHANGE, 0, 100_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(other.id()).isNotEqualTo(draft.id());
    }

    @Test
    void listsAndOpeningAProposalCostAFixedNumberOfQueriesWhateverTheirSize() throws Exception {
        ProposalView draft = draftByMember();
        proposals.save(draft.id(), draft.lockVersion(), complete("No power"));
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        accounts.signIn(TestAccounts.STAFF);
        long small = listAndOpen(draft.id());
        for (int i = 0; i < 30; i++) { // copies of the submitted proposal, with their versions and co-authors
            jdbc.update(
                    "insert into proposal (call_id, space_id, association_id, state, title, content_json,"
                            + " version_count, submitted_version, created_by, created_at, updated_at, version, country,"
                            + " sectors, list_title, list_title_key, list_country, list_sectors) select call_id, space_id, association_id,"
                            + " state, title, content_json, version_count, submitted_version, created_by, created_at,"
                            + " updated_at, version, country, sectors, list_title, list_title_key, list_country, list_sectors"
                            + " from proposal where id = ?",
                    draft.id());
            long copy = jdbc.queryForObject("select max(id) from proposal", Long.class);
            jdbc.update(
                    "insert into proposal_author (proposal_id, account_id) select ?, account_id from"
                            + " proposal_author where proposal_id = ?",
                    copy,
                    draft.id());
            jdbc.update(
                    "insert into proposal_version (proposal_id, number, author_id, created_at, changed_sections,"
                            + " content_json) select ?, number, author_id, created_at, changed_sections, content_json from"
                            + " proposal_version where proposal_id = ?",
                    copy,
                    draft.id());
        }
        assertThat(proposals.countOfCall(callId, ProposalFilter.ANY)).isEqualTo(31);
        long large = listAndOpen(draft.id());
        assertThat(large).as("statements for 31 rows vs 1 row").isEqualTo(small);
        // each of the three calls checks who is reading (call, associations, space access) then runs one query
        assertThat(large).as("a page, its count and opening a proposal").isLessThanOrEqualTo(16);
    }

    /** The statements of what the call's list and the proposal page ask for. */
    private long listAndOpen(long proposalId) throws Exception {
        return org.passerelle.QueryCounter.count(() -> {
                    int total = proposals.countOfCall(callId, ProposalFilter.ANY);
                    List<ProposalRow> page =
                            proposals.ofCall(callId, ProposalFilter.ANY, ProposalOrder.LATEST_CHANGE, 0, 50);
                    assertThat(page).hasSize(total);
                    return proposals.get(proposalId);
                })
                .statements();
    }

    @Test
    void coAuthorsSaveVersionsAndTheHistoryShowsWhatChanged() {
        ProposalView draft = draftByMember();
        ProposalView saved = proposals.save(draft.id(), draft.lockVersion(), complete("No power at night"));
        assertThat(saved.versionNumber()).isEqualTo(2);
        ProposalView same = proposals.save(draft.id(), saved.lockVersion(), complete("No power at night"));
        assertThat(same.versionNumber())
                .as("an unchanged save makes no version")
                .isEqualTo(2);
        proposals.addCoAuthor(draft.id(), accounts.idOf(TestAccounts.BOTH));
        accounts.signIn(TestAccounts.BOTH);
        ProposalView current = proposals.get(draft.id());
        ProposalView third =
                proposals.save(draft.id(), current.lockVersion(), complete("No power and no water at night"));
        assertThat(third.versionNumber()).isEqualTo(3);
        List<ProposalVersionInfo> history = proposals.history(draft.id());
        assertThat(history).extracting(ProposalVersionInfo::number).containsExactly(3, 2, 1);
        assertThat(history.getFirst().changedSections()).containsExactly(Section.PROBLEM);
        assertThat(history.getFirst().authorId()).isEqualTo(accounts.idOf(TestAccounts.BOTH));
        var changes = proposals.compare(draft.id(), 2, 3);
        assertThat(changes)
                .singleElement()
                .satisfies(change -> assertThat(change.section()).isEqualTo(Section.PROBLEM));
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsAConflictAndLosesNothing() {
        ProposalView draft = draftByMember();
        proposals.addCoAuthor(draft.id(), accounts.idOf(TestAccounts.BOTH));
        long base = proposals.get(draft.id()).lockVersion();
        proposals.save(draft.id(), base, complete("Text of Moussa"));
        accounts.signIn(TestAccounts.BOTH);
        ProposalContent mine = complete("Text of Bintou");
        var conflict = org.assertj.core.api.Assertions.catchThrowableOfType(
                ProposalConflictException.class, () -> proposals.save(draft.id(), base, mine));
        assertThat(conflict.stored().problem()).isEqualTo("Text of Moussa");
        assertThat(conflict.changes())
                .extracting(SectionDiff.SectionChange::section)
                .containsExactly(Section.PROBLEM);
        assertThat(proposals.get(draft.id()).content().problem()).isEqualTo("Text of Moussa");
        // after seeing the changes, the person keeps their own text on purpose
        assertThat(proposals
                        .save(draft.id(), conflict.storedLockVersion(), mine)
                        .content()
                        .problem())
                .isEqualTo("Text of Bintou");
    }

    @Test
    void concurrentSavesFromTwoThreadsNeverLoseAnUpdate() throws Exception {
        ProposalView draft = draftByMember();
        proposals.addCoAuthor(draft.id(), accounts.idOf(TestAccounts.BOTH));
        long base = proposals.get(draft.id()).lockVersion();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = List.of(TestAccounts.MEMBER, TestAccounts.BOTH).stream()
                .map(person -> pool.submit(() -> {
                    new TestAccounts(context).signIn(person);
                    start.await();
                    try {
                        proposals.save(draft.id(), base, complete("Text of " + person.name()));
                        return "saved";
                    } catch (ProposalConflictException conflict) {
                        return "conflict";
                    } finally {
                        TestAccounts.signOut();
                    }
                }))
                .toList();
        start.countDown();
        List<String> outcomes = List.of(results.get(0).get(), results.get(1).get());
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(proposals.history(draft.id())).hasSize(2);
    }

    @Test
    void submissionIsRefusedWithTheChecklistUntilComplete() {
        ProposalView draft = draftByMember();
        assertThat(draft.missingSections()).contains(Section.SUMMARY, Section.BUDGET);
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.SUBMIT, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.incomplete");
        assertThat(proposals.get(draft.id()).state()).isEqualTo(ProposalState.DRAFT);
        ProposalView saved = proposals.save(draft.id(), draft.lockVersion(), complete("No power"));
        assertThat(saved.missingSections()).isEmpty();
        ProposalView submitted = proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        assertThat(submitted.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(submitted.submittedVersion()).isEqualTo(2);
        assertThat(submitted.mayEdit()).isFalse();
    }

    @Test
    void badInputIsRefusedAndNothingChanges() {
        ProposalView draft = draftByMember();
        ProposalContent c = complete("x");
        ProposalContent negative = new ProposalContent(
                c.title(),
                c.summary(),
                c.problem(),
                c.objectives(),
                c.activities(),
                c.beneficiaries(),
                c.country(),
                c.region(),
                c.sectors(),
                new BigDecimal("-5"),
                "EUR",
                c.budgetItems(),
                c.startDate(),
                c.endDate(),
                c.milestones(),
                c.partners(),
                c.diasporaContribution(),
                c.expectedImpact(),
                c.sustainability(),
                c.risks());
        ProposalContent reversed = new ProposalContent(
                c.title(),
                c.summary(),
                c.problem(),
                c.objectives(),
                c.activities(),
                c.beneficiaries(),
                c.country(),
                c.region(),
                c.sectors(),
                c.budgetAmount(),
                "EUR",
                c.budgetItems(),
                TODAY,
                TODAY.minusDays(1),
                c.milestones(),
                c.partners(),
                c.diasporaContribution(),
                c.expectedImpact(),
                c.sustainability(),
                c.risks());
        ProposalContent tooLong = complete("p".repeat(20_001));
        assertThatThrownBy(() -> proposals.save(draft.id(), draft.lockVersion(), negative))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.budget-invalid");
        assertThatThrownBy(() -> proposals.save(draft.id(), draft.lockVersion(), reversed))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.dates-order");
        assertThatThrownBy(() -> proposals.save(draft.id(), draft.lockVersion(), tooLong))
                .hasFieldOrPropertyWithValue("field", "PROBLEM");
        assertThat(proposals.history(draft.id())).hasSize(1);
        ProposalView script =
                proposals.save(draft.id(), draft.lockVersion(), complete("<script>alert('x')</script> **bold**"));
        assertThat(script.content().problem()).isEqualTo("<script>alert('x')</script> **bold**");
    }

    @Test
    void theWholeLifecycleByTheRightPeople() {
        ProposalView draft = draftByMember();
        proposals.save(draft.id(), draft.lockVersion(), complete("No power"));
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);

        accounts.signIn(TestAccounts.BOARD); // board member of the space: reads the frozen version, cannot act
        assertThat(proposals.get(draft.id()).content().problem()).isEqualTo("No power");
        assertThat(proposals.get(draft.id()).availableActions()).isEmpty();
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.TRIAGE, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.transition");

        accounts.signIn(TestAccounts.STAFF);
        proposals.act(draft.id(), ProposalAction.TRIAGE, null);
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.REQUEST_REVISION, " "))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.reason-required");
        proposals.act(draft.id(), ProposalAction.REQUEST_REVISION, "Please detail the budget");

        accounts.signIn(TestAccounts.MEMBER);
        ProposalView revising = proposals.get(draft.id());
        assertThat(revising.mayEdit()).isTrue();
        assertThat(revising.lastReason()).isEqualTo("Please detail the budget");
        proposals.save(draft.id(), revising.lockVersion(), complete("No power, detailed"));
        accounts.signIn(TestAccounts.BOARD);
        assertThat(proposals.get(draft.id()).content().problem())
                .as("reviewers keep the submitted version")
                .isEqualTo("No power");
        accounts.signIn(TestAccounts.MEMBER);
        proposals.act(draft.id(), ProposalAction.RESUBMIT, null);

        accounts.signIn(TestAccounts.STAFF);
        proposals.act(draft.id(), ProposalAction.TRIAGE, null);
        proposals.act(draft.id(), ProposalAction.OPEN_VOTING, null);
        proposals.act(draft.id(), ProposalAction.ACCEPT, "Strong and feasible");
        proposals.act(draft.id(), ProposalAction.START_IMPLEMENTATION, null);
        ProposalView done = proposals.act(draft.id(), ProposalAction.COMPLETE, null);
        assertThat(done.state()).isEqualTo(ProposalState.COMPLETED);
        assertThat(done.stage()).isEqualTo(Stage.EMPOWER);
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where object_type = 'proposal' order by id", String.class))
                .containsExactly(
                        "proposal.submit",
                        "proposal.triage",
                        "proposal.request-revision",
                        "proposal.resubmit",
                        "proposal.triage",
                        "proposal.open-voting",
                        "proposal.accept",
                        "proposal.start-implementation",
                        "proposal.complete");
    }

    @Test
    void submissionAfterTheCallClosedOrBeyondTheMaximumIsRefused() {
        ProposalView first = draftByMember();
        proposals.save(first.id(), first.lockVersion(), complete("First"));
        ProposalView second = proposals.createDraft(callId, associationId, "Second");
        proposals.save(second.id(), second.lockVersion(), complete("Second"));
        proposals.act(first.id(), ProposalAction.SUBMIT, null);
        assertThatThrownBy(() -> proposals.act(second.id(), ProposalAction.SUBMIT, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.max-reached");
        proposals.act(first.id(), ProposalAction.WITHDRAW, null);
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(CallService.class).moveTo(callId, CallState.CLOSED);
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> proposals.act(second.id(), ProposalAction.SUBMIT, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.call-closed");
        assertThat(proposals.get(second.id()).state()).isEqualTo(ProposalState.DRAFT);
    }

    @Test
    void eligibilityIsOneRuleWhenTheDraftStartsInTheChecklistAndAtSubmission() {
        accounts.signIn(TestAccounts.ADMIN);
        CallService calls = context.getBean(CallService.class);
        long verifiedOnly = calls.create(
                        spaceId,
                        new CallForm(
                                "Verified only",
                                null,
                                null,
                                null,
                                null,
                                null,
                                TODAY,
                                TODAY.plusDays(30),
                                true,
                                Set.of("RW"),
                                EnumSet.of(Sector.HEALTH),
                                1,
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        calls.moveTo(verifiedOnly, CallState.OPEN);
        Ineligibility notVerified = new Ineligibility("proposals.error.not-verified", List.of("Ubumwe Bruxelles"));

        accounts.signIn(TestAccounts.MEMBER);
        assertThat(proposals.eligibilityToStart(verifiedOnly, associationId)).containsExactly(notVerified);
        assertThat(proposals.eligibilityToStart(callId, associationId)).isEmpty();
        assertThatThrownBy(() -> proposals.createDraft(verifiedOnly, associationId, "Solar clinic"))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.not-verified");
        assertThat(jdbc.queryForObject("select count(*) from proposal", Long.class))
                .as("nothing created")
                .isZero();
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> proposals.eligibilityToStart(verifiedOnly, associationId))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.not-association-member");

        setVerified(true);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(proposals.eligibilityToStart(verifiedOnly, associationId)).isEmpty();
        ProposalView draft = proposals.createDraft(verifiedOnly, associationId, "Solar clinic");
        ProposalContent c = complete("No power");
        ProposalContent elsewhere = new ProposalContent(
                c.title(),
                c.summary(),
                c.problem(),
                c.objectives(),
                c.activities(),
                c.beneficiaries(),
                "BE",
                c.region(),
                c.sectors(),
                c.budgetAmount(),
                c.currency(),
                c.budgetItems(),
                c.startDate(),
                c.endDate(),
                c.milestones(),
                c.partners(),
                c.diasporaContribution(),
                c.expectedImpact(),
                c.sustainability(),
                c.risks());
        ProposalView saved = proposals.save(draft.id(), draft.lockVersion(), elsewhere);
        assertThat(proposals.eligibilityToSubmit(draft.id()))
                .extracting(Ineligibility::messageKey)
                .containsExactly("proposals.error.country-not-eligible");
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.SUBMIT, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.country-not-eligible");
        saved = proposals.save(draft.id(), saved.lockVersion(), complete("No power"));
        assertThat(proposals.eligibilityToSubmit(draft.id())).isEmpty();

        setVerified(false);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(proposals.eligibilityToSubmit(draft.id())).containsExactly(notVerified);
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.SUBMIT, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.not-verified");
        assertThat(proposals.get(draft.id()).state()).isEqualTo(ProposalState.DRAFT);

        setVerified(true);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(proposals.act(draft.id(), ProposalAction.SUBMIT, null).state())
                .isEqualTo(ProposalState.SUBMITTED);
    }

    private void setVerified(boolean verified) {
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(AssociationService.class).setVerified(associationId, verified);
    }

    @Test
    void onlyMembersOfTheAssociationStartDraftsAndOnlyMembersBecomeCoAuthors() {
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> proposals.createDraft(callId, associationId, "Mine"))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.not-association-member");
        ProposalView draft = draftByMember();
        assertThatThrownBy(() -> proposals.addCoAuthor(draft.id(), accounts.idOf(TestAccounts.OUTSIDER)))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.co-author-not-member");
    }

    @Test
    void theBoardAsksTheAuthorsAnswerAndNobodyElseSeesTheExchange() {
        ReviewService reviews = context.getBean(ReviewService.class);
        ProposalView draft = draftByMember();
        proposals.save(draft.id(), draft.lockVersion(), complete("No power"));
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        accounts.signIn(TestAccounts.ADMIN);
        SpaceMembershipService memberships = context.getBean(SpaceMembershipService.class);
        memberships.invite(spaceId, accounts.idOf(TestAccounts.OUTSIDER), SpaceRole.PARTICIPANT);
        accounts.signIn(TestAccounts.OUTSIDER);
        memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));
        assertThat(proposals.get(draft.id()).state())
                .as("a participant reads the proposal")
                .isEqualTo(ProposalState.SUBMITTED);
        assertThatThrownBy(() -> reviews.ask(draft.id(), "May I?"))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.review.error.may-not-ask");

        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> reviews.ask(draft.id(), "  "))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.review.error.empty");
        ReviewExchange asked = reviews.ask(draft.id(), "How will the panels be maintained?");
        assertThat(asked.askedByName()).isEqualTo(TestAccounts.BOARD.name());
        assertThatThrownBy(() -> reviews.answer(asked.id(), "By us"))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.review.error.may-not-answer");

        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> reviews.exchange(draft.id())).isInstanceOf(ProposalNotFoundException.class);

        accounts.signIn(TestAccounts.MEMBER);
        reviews.answer(asked.id(), "Local technicians, trained in the first month");
        assertThatThrownBy(() -> reviews.answer(asked.id(), "Again"))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.review.error.already-answered");

        accounts.signIn(TestAccounts.STAFF);
        assertThat(reviews.exchange(draft.id())).singleElement().satisfies(exchange -> {
            assertThat(exchange.answered()).isTrue();
            assertThat(exchange.answeredByName()).isEqualTo(TestAccounts.MEMBER.name());
        });
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where action like 'proposal.question%' order by id",
                        String.class))
                .containsExactly("proposal.question-asked", "proposal.question-answered");
    }

    @Test
    void anAcceptedProposalIsFollowedUpByItsAuthors() {
        FollowUpService followUps = context.getBean(FollowUpService.class);
        ProposalView draft = draftByMember();
        proposals.save(draft.id(), draft.lockVersion(), complete("No power"));
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        assertThatThrownBy(() -> followUps.followUp(draft.id()))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.follow-up.error.not-accepted");
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(draft.id(), ProposalAction.TRIAGE, null);
        proposals.act(draft.id(), ProposalAction.OPEN_VOTING, null);
        proposals.act(draft.id(), ProposalAction.ACCEPT, "Good");
        followUps.addMilestone(draft.id(), "Panels installed", TODAY.plusMonths(3));

        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> followUps.addMilestone(draft.id(), " ", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.review.error.empty");
        assertThatThrownBy(() -> followUps.addReport(draft.id(), TODAY, "Too early"))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.follow-up.error.may-not-report");
        followUps.addMilestone(draft.id(), "Technicians trained", TODAY.plusMonths(1));
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(draft.id(), ProposalAction.START_IMPLEMENTATION, null);

        accounts.signIn(TestAccounts.MEMBER);
        FollowUp followUp = followUps.followUp(draft.id());
        assertThat(followUp.milestones())
                .extracting(FollowUp.MilestoneInfo::title)
                .containsExactly("Technicians trained", "Panels installed");
        followUps.setMilestoneDone(followUp.milestones().getFirst().id(), true);
        followUps.addReport(draft.id(), TODAY, "## Month 1\nTechnicians trained.");
        followUps.setImpactSummary(draft.id(), "Night care for 3,000 patients");

        accounts.signIn(TestAccounts.BOARD); // reads, cannot write
        FollowUp read = followUps.followUp(draft.id());
        assertThat(read.mayEdit()).isFalse();
        assertThat(read.milestones().getFirst().done()).isTrue();
        assertThat(read.reports())
                .singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith("## Month 1"));
        assertThat(read.impactSummary()).isEqualTo("Night care for 3,000 patients");
        assertThatThrownBy(() -> followUps.addReport(draft.id(), TODAY, "Mine"))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.follow-up.error.may-not-report");
    }

    /** Moves a version's last save back in time, as if its author had paused. */
    private void pauseSince(long proposalId, int number, java.time.Duration pause) {
        jdbc.update(
                "update proposal_version set saved_at = ? where proposal_id = ? and number = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minus(pause),
                proposalId,
                number);
    }

    @Test
    void autosavesOfOneEditingSessionMakeOneVersionAndExplicitSavesKeepIt() {
        ProposalView draft = draftByMember();
        ProposalView current = draft;
        for (int i = 1; i <= 20; i++) {
            current = proposals.autosave(draft.id(), current.lockVersion(), complete("No power, take " + i));
        }
        assertThat(current.versionNumber()).as("20 autosaves, one version").isEqualTo(2);
        List<ProposalVersionInfo> history = proposals.history(draft.id());
        assertThat(history).extracting(ProposalVersionInfo::number).containsExactly(2, 1);
        assertThat(history.getFirst().autosaved()).isTrue();
        assertThat(history.getFirst().changedSections()).contains(Section.PROBLEM, Section.SUMMARY);
        assertThat(proposals.compare(draft.id(), 1, 2))
                .filteredOn(change -> change.section() == Section.PROBLEM)
                .hasSize(1);

        // the explicit save ends the session: it keeps the session's version with the text saved
        current = proposals.save(draft.id(), current.lockVersion(), complete("No power at night"));
        assertThat(current.versionNumber()).isEqualTo(2);
        assertThat(proposals.history(draft.id()).getFirst().autosaved()).isFalse();
        current = proposals.autosave(draft.id(), current.lockVersion(), complete("No power at night, again"));
        assertThat(current.versionNumber())
                .as("autosave, save, autosave: two versions")
                .isEqualTo(3);
        assertThat(proposals.history(draft.id()).getFirst().autosaved()).isTrue();
        // an explicit save of unchanged text keeps what was autosaved
        current = proposals.save(draft.id(), current.lockVersion(), complete("No power at night, again"));
        assertThat(proposals.history(draft.id()).getFirst().autosaved()).isFalse();
        current = proposals.autosave(draft.id(), current.lockVersion(), complete("Third session"));
        assertThat(current.versionNumber()).isEqualTo(4);

        // another author's autosave starts their own session
        proposals.addCoAuthor(draft.id(), accounts.idOf(TestAccounts.BOTH));
        accounts.signIn(TestAccounts.BOTH);
        current = proposals.get(draft.id());
        current = proposals.autosave(draft.id(), current.lockVersion(), complete("Bintou's words"));
        assertThat(current.versionNumber()).isEqualTo(5);
        assertThat(proposals.history(draft.id()).getFirst().authorId()).isEqualTo(accounts.idOf(TestAccounts.BOTH));
        current = proposals.autosave(draft.id(), current.lockVersion(), complete("Bintou's words, more"));
        assertThat(current.versionNumber()).isEqualTo(5);
        // a pause of more than 30 minutes starts a new session
        pauseSince(draft.id(), 5, java.time.Duration.ofMinutes(31));
        current = proposals.autosave(draft.id(), current.lockVersion(), complete("Bintou's words, later"));
        assertThat(current.versionNumber()).isEqualTo(6);
        pauseSince(draft.id(), 6, java.time.Duration.ofMinutes(29));
        current = proposals.autosave(draft.id(), current.lockVersion(), complete("Bintou's words, a bit later"));
        assertThat(current.versionNumber()).isEqualTo(6);

        // an autosave from an older text is a conflict, as a save is, and changes nothing
        long stale = current.lockVersion() - 1;
        assertThatThrownBy(() -> proposals.autosave(draft.id(), stale, complete("Stale")))
                .isInstanceOf(ProposalConflictException.class);
        assertThat(proposals.get(draft.id()).content().problem()).isEqualTo("Bintou's words, a bit later");
        assertThat(proposals.history(draft.id())).hasSize(6);
    }

    @Test
    void theSubmittedVersionIsNeverChangedByALaterAutosave() {
        ProposalView draft = draftByMember();
        ProposalView autosaved = proposals.autosave(draft.id(), draft.lockVersion(), complete("As submitted"));
        ProposalView submitted = proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        assertThat(submitted.submittedVersion()).isEqualTo(autosaved.versionNumber());
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(draft.id(), ProposalAction.REQUEST_REVISION, "More detail");
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView revising = proposals.get(draft.id());
        ProposalView revised = proposals.autosave(draft.id(), revising.lockVersion(), complete("Revised"));
        assertThat(revised.versionNumber()).isEqualTo(submitted.submittedVersion() + 1);
        accounts.signIn(TestAccounts.BOARD);
        assertThat(proposals.get(draft.id()).content().problem()).isEqualTo("As submitted");
    }

    private void withdrawnSince(long proposalId, java.time.Duration ago) {
        jdbc.update(
                "update proposal_transition set occurred_at = ? where proposal_id = ? and action = 'WITHDRAW'",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minus(ago),
                proposalId);
    }

    @Test
    void authorsRestoreAWithdrawnProposalToWhereItWasWithinThirtyDays() {
        ProposalView draft = draftByMember();
        proposals.act(draft.id(), ProposalAction.WITHDRAW, null);
        assertThat(proposals.restoration(draft.id()))
                .hasValueSatisfying(r -> assertThat(r.target()).isEqualTo(ProposalState.DRAFT));
        accounts.signIn(TestAccounts.BOTH); // a member of the association, not a co-author
        assertThat(proposals.restoration(draft.id())).isEmpty();
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.RESTORE, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.transition");
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView restored = proposals.act(draft.id(), ProposalAction.RESTORE, null);
        assertThat(restored.state()).isEqualTo(ProposalState.DRAFT);
        assertThat(restored.mayEdit()).isTrue();
        assertThat(proposals.restoration(draft.id())).isEmpty();

        // from review: back in review
        proposals.save(draft.id(), restored.lockVersion(), complete("No power"));
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(draft.id(), ProposalAction.TRIAGE, null);
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.RESTORE, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.transition");
        accounts.signIn(TestAccounts.MEMBER);
        proposals.act(draft.id(), ProposalAction.WITHDRAW, null);
        assertThat(proposals.act(draft.id(), ProposalAction.RESTORE, null).state())
                .isEqualTo(ProposalState.IN_REVIEW);
        accounts.signIn(TestAccounts.BOARD);
        assertThat(proposals.get(draft.id()).content().problem()).isEqualTo("No power");

        // from the vote: back in review, the staff open a new ballot
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(draft.id(), ProposalAction.OPEN_VOTING, null);
        accounts.signIn(TestAccounts.MEMBER);
        proposals.act(draft.id(), ProposalAction.WITHDRAW, null);
        assertThat(proposals.restoration(draft.id())).hasValueSatisfying(r -> {
            assertThat(r.target()).isEqualTo(ProposalState.IN_REVIEW);
            assertThat(r.withdrawnFrom()).isEqualTo(ProposalState.VOTING);
        });

        // 30 days later it stays withdrawn
        withdrawnSince(draft.id(), java.time.Duration.ofDays(31));
        assertThat(proposals.restoration(draft.id())).isEmpty();
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.RESTORE, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.restore-too-late");
        withdrawnSince(draft.id(), java.time.Duration.ofDays(29));
        assertThat(proposals.act(draft.id(), ProposalAction.RESTORE, null).state())
                .isEqualTo(ProposalState.IN_REVIEW);
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where object_type = 'proposal' and action = 'proposal.restore'",
                        String.class))
                .hasSize(3);
    }

    @Test
    void noRestorationOnceTheCallIsDecidedOrBeyondTheAssociationsLimit() {
        ProposalView first = draftByMember();
        proposals.save(first.id(), first.lockVersion(), complete("First"));
        proposals.act(first.id(), ProposalAction.SUBMIT, null);
        proposals.act(first.id(), ProposalAction.WITHDRAW, null);
        ProposalView second = proposals.createDraft(callId, associationId, "Second");
        proposals.save(second.id(), second.lockVersion(), complete("Second"));
        proposals.act(second.id(), ProposalAction.SUBMIT, null);
        assertThatThrownBy(() -> proposals.act(first.id(), ProposalAction.RESTORE, null))
                .as("the call takes one proposal per association")
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.max-reached");
        assertThat(proposals.get(first.id()).state()).isEqualTo(ProposalState.WITHDRAWN);

        proposals.act(second.id(), ProposalAction.WITHDRAW, null);
        accounts.signIn(TestAccounts.ADMIN);
        CallService calls = context.getBean(CallService.class);
        calls.moveTo(callId, CallState.CLOSED);
        calls.moveTo(callId, CallState.DECIDED);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(proposals.restoration(second.id())).isEmpty();
        assertThatThrownBy(() -> proposals.act(second.id(), ProposalAction.RESTORE, null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.restore-too-late");
    }
}
