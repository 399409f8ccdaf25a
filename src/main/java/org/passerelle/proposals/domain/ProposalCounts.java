package org.passerelle.proposals.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.passerelle.proposals.ProposalState;
import org.springframework.stereotype.Repository;

/**
 * Counts and short lists of proposals for the home page (the pipeline's are in {@link PipelineCounts}), each one
 * indexed query whatever the
 * number of proposals: never the content. Every query carries the reader's rule of {@code
 * ProposalAccessProvider} in its where clause (its association's proposals and those it co-authors; submitted
 * ones for staff and members of the proposal's space), so that no count includes what the reader may not see.
 */
@Repository
public class ProposalCounts {

    /**
     * Who reads: their account, active associations, whether staff, and the spaces they are a member of (whose
     * submitted proposals they review).
     */
    public record Reader(long accountId, Collection<Long> associations, boolean staff, Collection<Long> spaces) {}

    /** One line of a short list. */
    public record Line(long id, String title, ProposalState state, Instant since, long detail) {}

    private static final List<ProposalState> FOLLOWED =
            List.of(ProposalState.ACCEPTED, ProposalState.IN_IMPLEMENTATION);
    private final EntityManager entityManager;

    ProposalCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    // --- the person's own proposals (as co-author or association member) ---

    // "p.id in (subquery)" rather than a correlated "exists": the person's co-authored ids are read once
    private static final String OWN = " (p.association_id in (:associations) or p.id in (select a.proposal_id"
            + " from proposal_author a where a.account_id = :me))";
    private static final String AUTHOR =
            " p.id in (select a.proposal_id from proposal_author a where a.account_id = :me)";

    public long countDrafts(Reader reader) {
        return count("select count(*) from proposal p where p.state = 'DRAFT' and" + OWN, reader, Map.of());
    }

    public List<Line> drafts(Reader reader, int limit) {
        return lines(
                "select p.id, p.title, p.state, p.updated_at, 0 from proposal p where p.state = 'DRAFT' and" + OWN
                        + " order by p.updated_at desc, p.id desc",
                reader,
                Map.of(),
                limit);
    }

    private static final String AWAITING_ANSWER = " from proposal p where" + AUTHOR
            + " and (p.state = 'REVISION_REQUESTED' or (p.state in ('SUBMITTED', 'IN_REVIEW', 'VOTING')"
            + " and exists (select 1 from review_question q where q.proposal_id = p.id and q.answer is null)))";

    /** Proposals the person co-authors that wait for them: a revision asked, or a review question unanswered. */
    public long countAwaitingAnswer(Reader reader) {
        return count("select count(*)" + AWAITING_ANSWER, reader, Map.of());
    }

    public List<Line> awaitingAnswer(Reader reader, int limit) {
        return lines(
                "select p.id, p.title, p.state, p.updated_at, (select count(*) from review_question q"
                        + " where q.proposal_id = p.id and q.answer is null)"
                        + AWAITING_ANSWER + " order by p.updated_at asc, p.id asc",
                reader,
                Map.of(),
                limit);
    }

    /** A milestone not done yet of an accepted proposal. */
    public record MilestoneLine(long proposalId, String proposalTitle, String title, LocalDate dueOn) {}

    private static final String MILESTONES_DUE = " from proposal_milestone m join proposal p on p.id = m.proposal_id"
            + " where m.done = false and m.due_on <= :until and p.state in (:followed) and" + OWN;

    public long countMilestonesDue(Reader reader, LocalDate until) {
        return count("select count(*)" + MILESTONES_DUE, reader, Map.of("until", until, "followed", followed()));
    }

    public List<MilestoneLine> milestonesDue(Reader reader, LocalDate until, int limit) {
        Query query = native_(
                "select m.proposal_id, p.title, m.title, m.due_on" + MILESTONES_DUE
                        + " order by m.due_on asc, m.id asc",
                reader,
                Map.of("until", until, "followed", followed()));
        List<MilestoneLine> found = new ArrayList<>();
        for (Object row : query.setMaxResults(limit).getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new MilestoneLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], toLocalDate(r[3])));
        }
        return found;
    }

    // --- reviewers: the board's open questions, the staff's queue ---

    private static final String MY_OPEN_QUESTIONS = " from proposal p join review_question q on q.proposal_id = p.id"
            + " where q.asked_by = :me and q.answer is null"
            + " and p.state in ('SUBMITTED', 'IN_REVIEW', 'VOTING', 'REVISION_REQUESTED') and";

    /** Proposals under review in the person's spaces where a question they asked is not answered yet. */
    public long countMyOpenQuestions(Reader reader) {
        return count("select count(distinct p.id)" + MY_OPEN_QUESTIONS + reviewer(reader), reader, Map.of());
    }

    public List<Line> myOpenQuestions(Reader reader, int limit) {
        return lines(
                "select p.id, p.list_title, p.state, min(q.asked_at), count(*)" + MY_OPEN_QUESTIONS + reviewer(reader)
                        + " group by p.id, p.list_title, p.state order by min(q.asked_at), p.id",
                reader,
                Map.of(),
                limit);
    }

    private static final String QUEUE =
            " from proposal p where p.state in ('SUBMITTED', 'IN_REVIEW') and p.submitted_version is not null and";

    /** Submitted or in review, oldest change first, among those the reader reviews. */
    public long countQueue(Reader reader) {
        return count("select count(*)" + QUEUE + reviewer(reader), reader, Map.of());
    }

    public List<Line> queue(Reader reader, int limit) {
        return lines(
                "select p.id, p.list_title, p.state, p.updated_at, 0" + QUEUE + reviewer(reader)
                        + " order by p.updated_at asc, p.id asc",
                reader,
                Map.of(),
                limit);
    }

    // --- the reader's rule, once ---

    /** Staff review every submitted proposal; others those of the spaces they are members of. */
    static String reviewer(Reader reader) {
        return reader.staff() ? " 1 = 1" : " p.space_id in (:spaces)";
    }

    static String readable(Reader reader) {
        return " (" + OWN + " or (p.submitted_version is not null and" + reviewer(reader) + "))";
    }

    long count(String sql, Reader reader, Map<String, Object> params) {
        return ((Number) native_(sql, reader, params).getSingleResult()).longValue();
    }

    private List<Line> lines(String sql, Reader reader, Map<String, Object> params, int limit) {
        List<Line> found = new ArrayList<>();
        for (Object row : native_(sql, reader, params).setMaxResults(limit).getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new Line(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    ProposalState.valueOf((String) r[2]),
                    toInstant(r[3]),
                    ((Number) r[4]).longValue()));
        }
        return found;
    }

    /**
     * The reader's associations and spaces are written into the statement as numbers (they are {@code Long}s of
     * our own, never text from a person): a list of bound parameters makes H2 compare each row with every value in
     * turn, a list of constants is one look-up in a set — for a board member in 100 spaces, the difference between
     * most of the home's time and almost none of it.
     */
    Query native_(String sql, Reader reader, Map<String, Object> params) {
        String written = sql.replace(":associations", literals(reader.associations()))
                .replace(":spaces", literals(reader.spaces()));
        Query query = entityManager.createNativeQuery(written);
        if (written.contains(":me")) {
            query.setParameter("me", reader.accountId());
        }
        params.forEach(query::setParameter);
        return query;
    }

    private static String literals(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return "-1";
        }
        StringJoiner joined = new StringJoiner(", ");
        for (Long id : ids) {
            joined.add(Long.toString(id)); // a number, whatever the collection held
        }
        return joined.toString();
    }

    private static List<String> followed() {
        return FOLLOWED.stream().map(Enum::name).toList();
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case java.time.OffsetDateTime odt -> odt.toInstant();
            case java.sql.Timestamp ts -> ts.toInstant();
            case java.time.ZonedDateTime zdt -> zdt.toInstant();
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }

    private static LocalDate toLocalDate(Object value) {
        return switch (value) {
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalStateException("not a date: " + value.getClass());
        };
    }
}
