package org.passerelle.voting.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * Counts of ballots for the home page: one indexed query each whatever the number of ballots and electors.
 * Participation only (who voted, who is recused), never a choice.
 */
@Repository
public class BallotCounts {

    /** An open ballot and where its quorum stands. */
    public record Line(
            long ballotId, long proposalId, Instant closesAt, int quorumPercent, long eligible, long voted) {}

    private static final String NOT_RECUSED = "(e.conflict is null or e.conflict = 'NO_CONFLICT')";
    private static final String OPEN = " b.closed_at is null and b.opens_at <= :now and b.closes_at > :now";
    private static final String AWAITING = " from ballot_elector e join ballot b on b.id = e.ballot_id"
            + " where e.account_id = :me and e.voted = false and " + NOT_RECUSED + " and" + OPEN;
    private static final String PARTICIPATION =
            "sum(case when e.voted = true and " + NOT_RECUSED + " then 1 else 0 end)";
    private static final String ELIGIBLE = "sum(case when " + NOT_RECUSED + " then 1 else 0 end)";
    private static final String SHORT_OF_QUORUM = " from ballot b join ballot_elector e on e.ballot_id = b.id where"
            + OPEN + " and b.closes_at <= :until group by b.id, b.proposal_id, b.closes_at, b.quorum_percent"
            + " having 100 * " + PARTICIPATION + " < b.quorum_percent * " + ELIGIBLE
            + " or (b.quorum_percent > 0 and " + PARTICIPATION + " = 0)";

    private final EntityManager entityManager;

    BallotCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long countAwaiting(long accountId, Instant now) {
        return ((Number) query("select count(*)" + AWAITING, accountId, now, null)
                        .getSingleResult())
                .longValue();
    }

    /** Open ballots where the person has yet to vote (not recused), soonest closing first. */
    public List<Line> awaiting(long accountId, Instant now, int limit) {
        List<Object[]> ballots = rows(query(
                        "select b.id, b.proposal_id, b.closes_at, b.quorum_percent" + AWAITING
                                + " order by b.closes_at asc, b.id asc",
                        accountId,
                        now,
                        null)
                .setMaxResults(limit));
        if (ballots.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> participation = new HashMap<>();
        for (Object[] r : rows(entityManager
                .createNativeQuery("select e.ballot_id, " + ELIGIBLE + ", " + PARTICIPATION
                        + " from ballot_elector e where e.ballot_id in (:ids) group by e.ballot_id")
                .setParameter(
                        "ids",
                        ballots.stream().map(r -> ((Number) r[0]).longValue()).toList()))) {
            participation.put(((Number) r[0]).longValue(), new long[] {number(r[1]), number(r[2])});
        }
        List<Line> found = new ArrayList<>();
        for (Object[] r : ballots) {
            long id = ((Number) r[0]).longValue();
            long[] p = participation.getOrDefault(id, new long[2]);
            found.add(new Line(id, number(r[1]), instant(r[2]), (int) number(r[3]), p[0], p[1]));
        }
        return found;
    }

    public long countShortOfQuorum(Instant now, Instant until) {
        return ((Number) query("select count(*) from (select b.id" + SHORT_OF_QUORUM + ") x", null, now, until)
                        .getSingleResult())
                .longValue();
    }

    /** Open ballots closing before {@code until} whose quorum is not reached yet, soonest closing first. */
    public List<Line> shortOfQuorum(Instant now, Instant until, int limit) {
        List<Line> found = new ArrayList<>();
        for (Object[] r : rows(query(
                        "select b.id, b.proposal_id, b.closes_at, b.quorum_percent, " + ELIGIBLE + ", " + PARTICIPATION
                                + SHORT_OF_QUORUM + " order by b.closes_at asc, b.id asc",
                        null,
                        now,
                        until)
                .setMaxResults(limit))) {
            found.add(new Line(
                    number(r[0]), number(r[1]), instant(r[2]), (int) number(r[3]), number(r[4]), number(r[5])));
        }
        return found;
    }

    private Query query(String sql, Long accountId, Instant now, Instant until) {
        Query query = entityManager.createNativeQuery(sql).setParameter("now", now);
        if (accountId != null) {
            query.setParameter("me", accountId);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case java.time.OffsetDateTime odt -> odt.toInstant();
            case java.sql.Timestamp ts -> ts.toInstant();
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }

    static Collection<Long> nonEmpty(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
