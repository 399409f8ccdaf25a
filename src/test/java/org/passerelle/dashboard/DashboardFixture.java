package org.passerelle.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.AssociationsFixture;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ReviewService;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.VotingFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data of the home and pipeline tests, built on {@link VotingFixture} (a restricted space where BOARD and
 * BOTH are board members, an open call, MEMBER's association with BOTH): what each person may see, and, beside
 * it, what they must not count — another association's draft and accepted project, and a submitted proposal of
 * a private space with a question BOARD asked there (as if BOARD had left that space).
 */
public final class DashboardFixture {

    public static final LocalDate TODAY = LocalDate.now(TimeZones.OFFICE);
    public final VotingFixture voting;
    public final long otherAssociationId;
    public final long privateSpaceId;
    public final long privateCallId;
    /** In VOTING with an open ballot closing in three days (BOARD is its one elector not recused). */
    public final ProposalView inVoting;
    /** In review, with BOARD's question waiting for MEMBER's answer. */
    public final ProposalView inReview;
    /** MEMBER's draft. */
    public final ProposalView draft;

    public final long ballotId;
    public final long otherDraftId;
    public final long privateSubmittedId;
    public final long acceptedId;
    public final long otherAcceptedId;

    private final ApplicationContext context;
    private final TestAccounts accounts;
    private final JdbcTemplate jdbc;

    public DashboardFixture(ApplicationContext context, TestAccounts accounts) {
        this.context = context;
        this.accounts = accounts;
        this.jdbc = context.getBean(JdbcTemplate.class);
        voting = new VotingFixture(context, accounts);
        inVoting = voting.proposalInVoting("Solar clinic");
        ballotId = context.getBean(BallotOpening.class)
                .open(inVoting.id(), VotingFixture.decision(false))
                .id();
        inReview = voting.proposalInReview("Water tower");
        accounts.signIn(TestAccounts.BOARD);
        context.getBean(ReviewService.class).ask(inReview.id(), "Who maintains the pumps?");
        accounts.signIn(TestAccounts.MEMBER);
        draft = context.getBean(ProposalService.class).createDraft(voting.callId, voting.associationId, "Seed bank");

        otherAssociationId = AssociationsFixture.register(
                        accounts, context.getBean(AssociationService.class), "Amicale", TestAccounts.OUTSIDER)
                .id();
        accounts.signIn(TestAccounts.STAFF);
        privateSpaceId = context.getBean(SpaceService.class)
                .create(new SpaceForm("Confidential", null, null, null, Stage.ENGAGE, AccessMode.PRIVATE))
                .id();
        privateCallId = openCall(privateSpaceId, "Private call", 30);
        TestAccounts.signOut();

        long outsider = accounts.idOf(TestAccounts.OUTSIDER);
        long member = accounts.idOf(TestAccounts.MEMBER);
        otherDraftId = insertProposal(
                voting.callId,
                voting.spaceId,
                otherAssociationId,
                "DRAFT",
                false,
                "Their draft",
                outsider,
                "SN",
                ",HEALTH,");
        privateSubmittedId = insertProposal(
                privateCallId,
                privateSpaceId,
                otherAssociationId,
                "SUBMITTED",
                true,
                "Private plan",
                outsider,
                "SN",
                ",HEALTH,");
        insertQuestion(privateSubmittedId, accounts.idOf(TestAccounts.BOARD));
        acceptedId = insertProposal(
                voting.callId,
                voting.spaceId,
                voting.associationId,
                "ACCEPTED",
                true,
                "Clinic lights",
                member,
                "RW",
                ",HEALTH,");
        insertMilestone(acceptedId, "First report", TODAY.plusDays(5));
        otherAcceptedId = insertProposal(
                voting.callId,
                voting.spaceId,
                otherAssociationId,
                "IN_IMPLEMENTATION",
                true,
                "School garden",
                outsider,
                "ML",
                ",HEALTH,EDUCATION_TVET,");
        insertMilestone(otherAcceptedId, "Their report", TODAY.plusDays(5));
        insertMilestone(otherAcceptedId, "Their late report", TODAY.minusDays(3));
    }

    /** An open call of the space, closing in {@code days} days; as staff. */
    public long openCall(long spaceId, String title, int days) {
        accounts.signIn(TestAccounts.STAFF);
        CallService calls = context.getBean(CallService.class);
        long id = calls.create(
                        spaceId,
                        new CallForm(
                                title,
                                null,
                                null,
                                null,
                                null,
                                null,
                                TODAY,
                                TODAY.plusDays(days),
                                false,
                                Set.of(),
                                Set.of(),
                                5,
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        calls.moveTo(id, CallState.OPEN);
        return id;
    }

    /** A proposal written straight into the table (with its author), as another module's data would be. */
    public long insertProposal(
            long callId,
            long spaceId,
            long associationId,
            String state,
            boolean submitted,
            String title,
            long author,
            String country,
            String sectors) {
        return insertProposal(
                callId, spaceId, associationId, state, submitted, title, author, country, sectors, Instant.now());
    }

    public long insertProposal(
            long callId,
            long spaceId,
            long associationId,
            String state,
            boolean submitted,
            String title,
            long author,
            String country,
            String sectors,
            Instant createdAt) {
        Timestamp at = Timestamp.from(createdAt);
        jdbc.update(
                "insert into proposal (call_id, space_id, association_id, state, title, content_json, version_count,"
                        + " submitted_version, created_by, created_at, updated_at, version, country, sectors,"
                        + " list_title, list_title_key, list_country, list_sectors)"
                        + " values (?, ?, ?, ?, ?, '{}', 1, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                callId,
                spaceId,
                associationId,
                state,
                title,
                submitted ? 1 : null,
                author,
                at,
                at,
                country,
                sectors,
                title,
                title.toLowerCase(java.util.Locale.ROOT),
                country,
                sectors);
        long id = jdbc.queryForObject("select max(id) from proposal", Long.class);
        jdbc.update("insert into proposal_author (proposal_id, account_id) values (?, ?)", id, author);
        return id;
    }

    public void insertQuestion(long proposalId, long askedBy) {
        jdbc.update(
                "insert into review_question (proposal_id, asked_by, question, asked_at, version) values (?, ?, ?, ?, 0)",
                proposalId,
                askedBy,
                "Why?",
                Timestamp.from(Instant.now()));
    }

    public void insertMilestone(long proposalId, String title, LocalDate dueOn) {
        jdbc.update(
                "insert into proposal_milestone (proposal_id, title, due_on, done, created_at) values (?, ?, ?, false, ?)",
                proposalId,
                title,
                java.sql.Date.valueOf(dueOn),
                Timestamp.from(Instant.now()));
    }

    /** A step of a proposal's history, at a chosen time. */
    public void insertTransition(long proposalId, String action, String from, String to, Instant at) {
        jdbc.update(
                "insert into proposal_transition (proposal_id, action, from_state, to_state, actor_id, occurred_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                proposalId,
                action,
                from,
                to,
                accounts.idOf(TestAccounts.STAFF),
                Timestamp.from(at));
        jdbc.update(STAYS); // what ProposalTransitions records with each transition
    }

    /** The stay of each transition written without one, as migration V31 computes it. */
    public static final String STAYS = "update proposal_transition t set stay_seconds = cast(extract(epoch from"
            + " t.occurred_at) - extract(epoch from coalesce((select max(t2.occurred_at) from proposal_transition t2"
            + " where t2.proposal_id = t.proposal_id and t2.id < t.id), (select p.created_at from proposal p"
            + " where p.id = t.proposal_id))) as bigint) where t.stay_seconds is null";

    /** A current document of the owner whose text could not be read. */
    public void insertFailedDocument(String ownerType, long ownerId, Long spaceId, String name) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into document (owner_type, owner_id, folder, name, version_no, is_current, media_type,"
                        + " size_bytes, sha256, space_id, uploaded_by, uploaded_at, extraction_state, failure_key,"
                        + " state_changed_at, damaged) values (?, ?, '', ?, 1, true, 'application/pdf', 10, ?, ?, ?, ?,"
                        + " 'FAILED', 'documents.failure.bytes-missing', ?, false)",
                ownerType,
                ownerId,
                name,
                "0".repeat(64),
                spaceId,
                accounts.idOf(TestAccounts.STAFF),
                now,
                now);
    }

    /** Moves the ballot's closing time to {@code fromNow} from now. */
    public void closeBallotIn(Duration fromNow) {
        jdbc.update(
                "update ballot set closes_at = ? where id = ?",
                Timestamp.from(Instant.now().plus(fromNow)),
                ballotId);
    }

    /** A session of the space in {@code days} days (staff schedule it), with an action item for BOARD in the fixture's space; as staff. */
    public long sessionIn(long spaceId, int days, String title) {
        accounts.signIn(TestAccounts.STAFF);
        java.time.LocalDateTime start = TODAY.plusDays(days).atTime(14, 0);
        long id = context.getBean(org.passerelle.sessions.SessionService.class)
                .schedule(
                        spaceId,
                        new org.passerelle.sessions.SessionForm(
                                title, "About the call", start, start.plusHours(2), "Brussels", null, 20, List.of()))
                .id();
        if (spaceId != voting.spaceId) {
            return id; // BOARD is a member of the fixture's space only
        }
        context.getBean(org.passerelle.sessions.SessionRecordService.class)
                .addAction(
                        id,
                        new org.passerelle.sessions.ActionItemForm(
                                "Read the annex", accounts.idOf(TestAccounts.BOARD), TODAY.plusDays(days + 7)));
        return id;
    }

    /**
     * More of everything each block counts (spaces with an open call, BOARD and BOTH on their board; drafts and accepted projects of MEMBER's association with milestones,
     * proposals in review with BOARD's questions, ballots, sessions, unreadable documents), so that every list is
     * full: how many statements a page costs must not depend on it.
     */
    private int added;

    public void more(int times) {
        long member = accounts.idOf(TestAccounts.MEMBER);
        long board = accounts.idOf(TestAccounts.BOARD);
        jdbc.update("update call_for_proposals set max_per_association = 1000 where id = ?", voting.callId);
        for (int n = 0; n < times; n++) {
            int i = added++;
            insertProposal(
                    voting.callId,
                    voting.spaceId,
                    voting.associationId,
                    "DRAFT",
                    false,
                    "Draft " + i,
                    member,
                    "RW",
                    ",HEALTH,");
            long accepted = insertProposal(
                    voting.callId,
                    voting.spaceId,
                    voting.associationId,
                    "ACCEPTED",
                    true,
                    "Project " + i,
                    member,
                    "RW",
                    ",HEALTH,");
            insertMilestone(accepted, "Report " + i, TODAY.plusDays(i % 20));
            long review = insertProposal(
                    voting.callId,
                    voting.spaceId,
                    voting.associationId,
                    "IN_REVIEW",
                    true,
                    "Review " + i,
                    member,
                    "RW",
                    ",HEALTH,");
            insertQuestion(review, board);
            insertFailedDocument("SPACE", voting.spaceId, voting.spaceId, "scan-" + i + ".pdf");
            ProposalView inVoting = voting.proposalInVoting("Vote " + i);
            context.getBean(BallotOpening.class).open(inVoting.id(), VotingFixture.decision(i % 2 == 0));
            sessionIn(voting.spaceId, 1 + i % 6, "Session " + i);
            accounts.signIn(TestAccounts.ADMIN); // one more space with an open call, BOARD and BOTH on its board
            long space = context.getBean(SpaceService.class)
                    .create(new SpaceForm("Space " + i, null, null, null, Stage.ENGAGE, AccessMode.RESTRICTED))
                    .id();
            openCall(space, "Call " + i, 20);
            for (TestAccounts.Person person : List.of(TestAccounts.BOARD, TestAccounts.BOTH)) {
                jdbc.update(
                        "insert into space_member (space_id, account_id, role, joined_at) values (?, ?, 'BOARD_MEMBER', ?)",
                        space,
                        accounts.idOf(person),
                        Timestamp.from(Instant.now()));
            }
        }
        TestAccounts.signOut();
    }
}
