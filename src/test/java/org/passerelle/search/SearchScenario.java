package org.passerelle.search;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.passerelle.TestAccounts;
import org.passerelle.TestAccounts.Person;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.Access;
import org.passerelle.base.SearchKind;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.discussions.DiscussionsFixture;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ModerationService;
import org.passerelle.discussions.ThreadService;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.people.ProfileFormBuilder;
import org.passerelle.people.ProfileService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.ProposalSamples;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.Role;
import org.passerelle.sessions.ActionItemForm;
import org.passerelle.sessions.SessionRecordService;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceService;
import org.springframework.context.ApplicationContext;

/**
 * A workspace with something of every kind the search finds, built through the real services by the people who
 * may do each step, each thing holding made-up words of its own ({@link #planted}) so that a search tells which
 * things a reader finds.
 *
 * <ul>
 *   <li>an open space (MEMBER participant, BOARD observer), a restricted one (BOARD board member, BOTH
 *       participant, STAFF facilitator), a private one (MEMBER participant, BOTH observer, BOARD board member) and
 *       an archived restricted one (MEMBER participant, BOARD observer); OUTSIDER and OTHER are members of none;
 *   <li>an open call in each, and a draft call in the restricted space;
 *   <li>association A (MEMBER its contact, BOTH a member) and association B (OTHER);
 *   <li>in the restricted call: A's draft (BOTH co-author), A's proposal in review, A's proposal sent back for
 *       revision and edited since, B's draft; in the private call: A's submitted proposal;
 *   <li>a session held yesterday in each space, with minutes and an action item;
 *   <li>threads on the restricted space (a message shown, one hidden by a moderator, one removed by its author),
 *       on the proposal in review and on the private space's session;
 *   <li>documents of the restricted and open spaces, of A's draft, of the private session, of the open call and
 *       of the draft call;
 *   <li>BOARD's profile in the expert pool, OUTSIDER's out of it.
 * </ul>
 */
final class SearchScenario {

    /** A member of association B only, of no space. */
    static final Person OTHER =
            new Person("other@test.example", "Olga Other", "en", EnumSet.of(Role.ASSOCIATION_MEMBER), true);

    /** Everyone whose access the tests compare. */
    static final List<Person> PEOPLE = List.of(
            TestAccounts.ADMIN,
            TestAccounts.STAFF,
            TestAccounts.BOARD,
            TestAccounts.MEMBER,
            TestAccounts.BOTH,
            TestAccounts.OUTSIDER,
            OTHER);

    /** Who should find a word of a thing, as the person signed in asks. */
    enum Rule {
        /** Whoever has SEE on {@code about}. */
        SEE,
        /** Whoever has READ_THREAD on {@code about}, the subject of the message's thread. */
        READ_THREAD,
        /** Whoever sees {@code about} as its author or association (a draft's words). */
        AUTHORS,
        /** Nobody may be sure: the word is found only by some who see {@code about} (checked one way only). */
        AT_MOST_SEE,
        /** Every signed-in person. */
        ANYONE,
        /** Nobody (a hidden or removed message, a profile out of the pool). */
        NOBODY
    }

    /** A made-up word in one thing. */
    record Planted(String word, SearchKind kind, long id, SubjectRef about, Rule rule, String what) {

        /** Whether the signed-in person should find it ({@code null}: may or may not, see {@link Rule#AT_MOST_SEE}). */
        Boolean expected(SubjectAccess subjects) {
            return switch (rule) {
                case SEE -> subjects.may(about, Access.Right.SEE);
                case READ_THREAD -> subjects.may(about, Access.Right.READ_THREAD);
                case AUTHORS -> {
                    Access access = subjects.of(about);
                    yield access.see() && ("AUTHOR".equals(access.role()) || "ASSOCIATION".equals(access.role()));
                }
                case AT_MOST_SEE -> subjects.may(about, Access.Right.SEE) ? null : false;
                case ANYONE -> true;
                case NOBODY -> false;
            };
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    static final LocalDate TODAY = LocalDate.now(TimeZones.OFFICE);

    private final ApplicationContext context;
    private final TestAccounts accounts;
    private final String prefix = "zqx" + Long.toString(System.nanoTime() % 100_000, 36) + "k";
    final List<Planted> planted = new ArrayList<>();
    final List<Long> documentIds = new ArrayList<>();

    long openSpace;
    long restrictedSpace;
    long privateSpace;
    long archivedSpace;
    long restrictedCall;
    long draftCall;
    long openCall;
    long privateCall;
    long associationA;
    long associationB;
    long draftProposal;
    long reviewProposal;
    long revisionProposal;
    long privateProposal;
    long otherDraft;
    long privateSession;
    long spaceThread;
    long shownMessage;
    long hiddenMessage;
    long removedMessage;
    long openSpaceDocument;
    /** A word in the open and in the private space's descriptions. */
    final String shared;

    SearchScenario(ApplicationContext context, TestAccounts accounts) {
        this.context = context;
        this.accounts = accounts;
        this.shared = word();
        accounts.insert(OTHER);
    }

    /**
     * A new made-up word, found nowhere else: it ends in digits, so that no stemmer (English, French) cuts it down to
     * another one's stem.
     */
    String word() {
        return prefix + COUNTER.incrementAndGet();
    }

    private String plant(SearchKind kind, long id, SubjectRef about, Rule rule, String what) {
        String word = word();
        planted.add(new Planted(word, kind, id, about, rule, what));
        return word;
    }

    /** Builds it all; leaves nobody signed in. Documents are uploaded but maybe not yet read (see {@link #awaitText}). */
    SearchScenario build() {
        spaces();
        calls();
        associations();
        proposals();
        sessions();
        discussions();
        documents();
        profiles();
        accounts.signIn(TestAccounts.ADMIN);
        bean(SpaceService.class).setArchived(archivedSpace, true);
        TestAccounts.signOut();
        return this;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private void spaces() {
        accounts.signIn(TestAccounts.ADMIN);
        openSpace = space("Open", AccessMode.OPEN, shared);
        restrictedSpace = space("Restricted", AccessMode.RESTRICTED, null);
        privateSpace = space("Private", AccessMode.PRIVATE, shared);
        archivedSpace = space("Archived", AccessMode.RESTRICTED, null);
        planted.add(new Planted(shared, SearchKind.SPACE, openSpace, SubjectRef.space(openSpace), Rule.SEE, "shared"));
        planted.add(new Planted(
                shared, SearchKind.SPACE, privateSpace, SubjectRef.space(privateSpace), Rule.SEE, "shared"));
        member(openSpace, TestAccounts.MEMBER, SpaceRole.PARTICIPANT);
        member(openSpace, TestAccounts.BOARD, SpaceRole.OBSERVER);
        member(restrictedSpace, TestAccounts.BOARD, SpaceRole.BOARD_MEMBER);
        member(restrictedSpace, TestAccounts.BOTH, SpaceRole.PARTICIPANT);
        member(restrictedSpace, TestAccounts.STAFF, SpaceRole.FACILITATOR);
        member(privateSpace, TestAccounts.MEMBER, SpaceRole.PARTICIPANT);
        member(privateSpace, TestAccounts.BOTH, SpaceRole.OBSERVER);
        member(privateSpace, TestAccounts.BOARD, SpaceRole.BOARD_MEMBER);
        member(archivedSpace, TestAccounts.MEMBER, SpaceRole.PARTICIPANT);
        member(archivedSpace, TestAccounts.BOARD, SpaceRole.OBSERVER);
    }

    private long space(String title, AccessMode mode, String extra) {
        String word = word();
        String description = "About " + word + (extra == null ? "" : " and " + extra);
        long id = bean(SpaceService.class)
                .create(new SpaceForm(title, null, description, null, Stage.ENGAGE, mode))
                .id();
        planted.add(new Planted(word, SearchKind.SPACE, id, SubjectRef.space(id), Rule.SEE, title + " space"));
        return id;
    }

    private void member(long spaceId, Person person, SpaceRole role) {
        SpaceMembershipService memberships = bean(SpaceMembershipService.class);
        accounts.signIn(TestAccounts.ADMIN);
        memberships.invite(spaceId, accounts.idOf(person), role);
        accounts.signIn(person);
        memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));
        accounts.signIn(TestAccounts.ADMIN);
    }

    private void calls() {
        accounts.signIn(TestAccounts.ADMIN);
        openCall = call(openSpace, true);
        restrictedCall = call(restrictedSpace, true);
        draftCall = call(restrictedSpace, false);
        privateCall = call(privateSpace, true);
        call(archivedSpace, true);
    }

    private long call(long spaceId, boolean open) {
        CallService calls = bean(CallService.class);
        String word = word();
        long id = calls.create(
                        spaceId,
                        new CallForm(
                                "Call " + word.substring(word.length() - 2),
                                null,
                                "Call about " + word,
                                null,
                                null,
                                null,
                                TODAY,
                                TODAY.plusDays(30),
                                false,
                                Set.of(),
                                Set.of(),
                                5,
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        planted.add(new Planted(
                word, SearchKind.CALL, id, SubjectRef.call(id), Rule.SEE, (open ? "open" : "draft") + " call"));
        if (open) {
            calls.moveTo(id, CallState.OPEN);
        }
        return id;
    }

    private void associations() {
        accounts.signIn(TestAccounts.STAFF);
        associationA = association("Ubumwe", TestAccounts.MEMBER);
        associationB = association("Twese", OTHER);
        accounts.signIn(TestAccounts.MEMBER);
        bean(AssociationInvitationService.class).invite(associationA, TestAccounts.BOTH.email());
        accounts.signIn(TestAccounts.BOTH);
        bean(AssociationInvitationService.class).accept(associationA);
    }

    private long association(String name, Person contact) {
        String word = word();
        long id = bean(AssociationService.class)
                .register(
                        new AssociationForm(
                                name,
                                null,
                                "Diaspora association " + word,
                                Set.of("RW"),
                                Residence.BE,
                                EnumSet.of(Sector.HEALTH),
                                null,
                                null,
                                null),
                        accounts.idOf(contact))
                .id();
        planted.add(new Planted(word, SearchKind.ASSOCIATION, id, SubjectRef.association(id), Rule.SEE, name));
        return id;
    }

    private void proposals() {
        ProposalService proposals = bean(ProposalService.class);
        accounts.signIn(TestAccounts.MEMBER);
        draftProposal = proposal(restrictedCall, associationA, "Draft kiosk", Rule.SEE);
        proposals.addCoAuthor(draftProposal, accounts.idOf(TestAccounts.BOTH));
        reviewProposal = proposal(restrictedCall, associationA, "Reviewed kiosk", Rule.SEE);
        proposals.act(reviewProposal, ProposalAction.SUBMIT, null);
        revisionProposal = proposal(restrictedCall, associationA, "Revised kiosk", Rule.AT_MOST_SEE);
        proposals.act(revisionProposal, ProposalAction.SUBMIT, null);
        privateProposal = proposal(privateCall, associationA, "Private kiosk", Rule.SEE);
        proposals.act(privateProposal, ProposalAction.SUBMIT, null);
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(reviewProposal, ProposalAction.TRIAGE, null);
        proposals.act(revisionProposal, ProposalAction.REQUEST_REVISION, "Say more");
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView revision = proposals.get(revisionProposal);
        String revised = plant(
                SearchKind.PROPOSAL,
                revisionProposal,
                SubjectRef.proposal(revisionProposal),
                Rule.AUTHORS,
                "revision's draft");
        proposals.save(revisionProposal, revision.lockVersion(), content("Revised kiosk", revised));
        accounts.signIn(OTHER);
        otherDraft = proposal(restrictedCall, associationB, "Other kiosk", Rule.SEE);
    }

    private long proposal(long callId, long associationId, String title, Rule rule) {
        ProposalService proposals = bean(ProposalService.class);
        ProposalView draft = proposals.createDraft(callId, associationId, title);
        String word = plant(SearchKind.PROPOSAL, draft.id(), SubjectRef.proposal(draft.id()), rule, title);
        proposals.save(draft.id(), draft.lockVersion(), content(title, word));
        return draft.id();
    }

    /** A complete proposal whose problem section carries the made-up word. */
    private static ProposalContent content(String title, String word) {
        return ProposalSamples.complete(title, "Solar panels, " + word);
    }

    private void sessions() {
        session(openSpace, TestAccounts.MEMBER);
        session(restrictedSpace, TestAccounts.BOARD);
        privateSession = session(privateSpace, TestAccounts.MEMBER);
        session(archivedSpace, TestAccounts.MEMBER);
    }

    private long session(long spaceId, Person owner) {
        accounts.signIn(TestAccounts.STAFF);
        String title = word();
        LocalDateTime start = TODAY.minusDays(1).atTime(14, 0);
        long id = bean(SessionService.class)
                .schedule(spaceId, SessionsFixture.form("Session " + title, start, start.plusHours(2), 10))
                .id();
        SubjectRef session = SubjectRef.session(id);
        planted.add(new Planted(title, SearchKind.SESSION, id, session, Rule.SEE, "session title"));
        SessionRecordService records = bean(SessionRecordService.class);
        records.saveMinutes(id, "We agreed on " + plant(SearchKind.SESSION, id, session, Rule.SEE, "minutes"));
        String action = word();
        long actionId = records.addAction(
                        id, new ActionItemForm("Send " + action, accounts.idOf(owner), TODAY.plusDays(7)))
                .id();
        planted.add(new Planted(action, SearchKind.ACTION_ITEM, actionId, session, Rule.SEE, "action item"));
        // an action item is found by its session's title too
        planted.add(new Planted(title, SearchKind.ACTION_ITEM, actionId, session, Rule.SEE, "its session's title"));
        return id;
    }

    private void discussions() {
        DiscussionsFixture pace = new DiscussionsFixture(context, accounts);
        accounts.signIn(TestAccounts.BOTH);
        spaceThread = bean(ThreadService.class)
                .open(SubjectRef.space(restrictedSpace))
                .id();
        shownMessage = post(pace, TestAccounts.BOTH, spaceThread, SubjectRef.space(restrictedSpace), Rule.READ_THREAD);
        hiddenMessage = post(pace, TestAccounts.BOTH, spaceThread, SubjectRef.space(restrictedSpace), Rule.NOBODY);
        removedMessage = post(pace, TestAccounts.BOARD, spaceThread, SubjectRef.space(restrictedSpace), Rule.NOBODY);
        accounts.signIn(TestAccounts.STAFF);
        bean(ModerationService.class).hide(hiddenMessage, "Off topic");
        accounts.signIn(TestAccounts.BOARD);
        bean(MessageService.class).remove(removedMessage);

        SubjectRef proposal = SubjectRef.proposal(reviewProposal);
        accounts.signIn(TestAccounts.MEMBER);
        long proposalThread = bean(ThreadService.class).open(proposal).id();
        post(pace, TestAccounts.MEMBER, proposalThread, proposal, Rule.READ_THREAD);
        post(pace, TestAccounts.BOARD, proposalThread, proposal, Rule.READ_THREAD);

        SubjectRef session = SubjectRef.session(privateSession);
        accounts.signIn(TestAccounts.MEMBER);
        long sessionThread = bean(ThreadService.class).open(session).id();
        post(pace, TestAccounts.MEMBER, sessionThread, session, Rule.READ_THREAD);
    }

    private long post(DiscussionsFixture pace, Person author, long threadId, SubjectRef about, Rule rule) {
        pace.letTimePass();
        accounts.signIn(author);
        String word = word();
        long id = bean(MessageService.class)
                .post(threadId, "A thought on " + word, null)
                .id();
        planted.add(new Planted(word, SearchKind.MESSAGE, id, about, rule, "message (" + rule + ")"));
        return id;
    }

    private void documents() {
        accounts.signIn(TestAccounts.BOARD);
        document(SubjectRef.space(restrictedSpace), "minutes.txt");
        accounts.signIn(TestAccounts.MEMBER);
        openSpaceDocument = document(SubjectRef.space(openSpace), "notes.txt");
        document(SubjectRef.proposal(draftProposal), "budget.txt");
        accounts.signIn(TestAccounts.STAFF);
        document(SubjectRef.session(privateSession), "slides.txt");
        document(SubjectRef.call(openCall), "template.txt");
        document(SubjectRef.call(draftCall), "guidance.txt");
    }

    /** Uploads a small text file as the signed-in person. */
    long document(SubjectRef owner, String name) {
        String word = word();
        byte[] bytes = ("Notes on " + word + "\n").getBytes(StandardCharsets.UTF_8);
        long id = bean(DocumentUploads.class)
                .upload(owner, "", name, bytes.length, new ByteArrayInputStream(bytes))
                .document()
                .id();
        planted.add(
                new Planted(word, SearchKind.DOCUMENT, id, SubjectRef.document(id), Rule.SEE, name + " of " + owner));
        documentIds.add(id);
        return id;
    }

    /** Waits until the text of every document is read (the search finds a document's words from then on). */
    void awaitText() {
        var jdbc = bean(org.springframework.jdbc.core.JdbcTemplate.class);
        for (long id : documentIds) {
            // asked of the database: no one person sees every document
            org.passerelle.documents.DocumentsFixture.await(
                    "document " + id + " is read",
                    () -> org.passerelle.documents.ExtractionState.valueOf(jdbc.queryForObject(
                                    "select extraction_state from document where id = ?", String.class, id))
                            .finished());
        }
    }

    private void profiles() {
        String inPool = word();
        accounts.signIn(TestAccounts.BOARD);
        bean(ProfileService.class)
                .saveMine(ProfileFormBuilder.profile()
                        .bio("Engineer, " + inPool)
                        .inPool(true)
                        .build());
        planted.add(new Planted(
                inPool,
                SearchKind.PROFILE,
                accounts.idOf(TestAccounts.BOARD),
                null,
                Rule.ANYONE,
                "profile in the pool"));
        String outOfPool = word();
        accounts.signIn(TestAccounts.OUTSIDER);
        bean(ProfileService.class)
                .saveMine(ProfileFormBuilder.profile()
                        .bio("Nurse, " + outOfPool)
                        .inPool(false)
                        .build());
        planted.add(new Planted(
                outOfPool,
                SearchKind.PROFILE,
                accounts.idOf(TestAccounts.OUTSIDER),
                null,
                Rule.NOBODY,
                "profile out of the pool"));
    }

    /** The planted words of one thing. */
    List<Planted> of(Predicate<Planted> which) {
        return planted.stream().filter(which).toList();
    }
}
