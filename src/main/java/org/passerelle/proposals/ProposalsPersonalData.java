package org.passerelle.proposals;

import java.util.List;
import java.util.Map;
import org.passerelle.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals' part of "Download my data": each proposal the person co-authors (or created), with the texts of the
 * versions they saved. Co-authors' versions are theirs to ask for.
 */
@Component
class ProposalsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    ProposalsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "proposals";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        List<Map<String, Object>> proposals = PersonalData.rows(jdbc.queryForList(
                "select p.id, p.title, p.state, p.call_id, p.association_id, p.created_at, p.updated_at from proposal p"
                        + " where p.created_by = ? or exists (select 1 from proposal_author a"
                        + " where a.proposal_id = p.id and a.account_id = ?) order by p.id",
                accountId,
                accountId));
        for (Map<String, Object> proposal : proposals) {
            proposal.put(
                    "my_versions",
                    PersonalData.rows(jdbc.queryForList(
                            "select number, created_at, changed_sections, content_json from proposal_version"
                                    + " where proposal_id = ? and author_id = ? order by number",
                            proposal.get("id"),
                            accountId)));
        }
        return proposals;
    }
}
