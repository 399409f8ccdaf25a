package org.passerelle.voting;

import java.util.List;
import java.util.Map;
import org.passerelle.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ballots' part of "Download my data": the person's own choices in ballots still open, which they may still
 * see and change. Never anyone else's choice; a closed ballot's votes are not the person's to read any more (a
 * secret one's are folded into its tallies and unlinkable), so only that they took part is given.
 */
@Component
class VotesPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    VotesPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "votes";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        List<Map<String, Object>> votes = PersonalData.rows(jdbc.queryForList(
                "select v.id, b.id as ballot_id, b.proposal_id, b.kind, b.secret, b.closes_at, v.choice, v.reason"
                        + " from ballot_vote v join ballot b on b.id = v.ballot_id"
                        + " where v.voter_id = ? and b.closed_at is null order by v.id",
                accountId));
        for (Map<String, Object> vote : votes) {
            vote.put(
                    "scores",
                    PersonalData.rows(jdbc.queryForList(
                            "select criterion_index, score from ballot_vote_score where vote_id = ?"
                                    + " order by criterion_index",
                            vote.remove("id"))));
        }
        List<Map<String, Object>> electorates = PersonalData.rows(jdbc.queryForList(
                "select e.ballot_id, b.proposal_id, b.closed_at, e.conflict, e.conflict_note, e.declared_at, e.voted"
                        + " from ballot_elector e join ballot b on b.id = e.ballot_id where e.account_id = ?"
                        + " order by e.id",
                accountId));
        return Map.of("votesInOpenBallots", votes, "ballotsAsElector", electorates);
    }
}
