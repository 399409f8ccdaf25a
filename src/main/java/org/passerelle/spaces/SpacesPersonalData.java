package org.passerelle.spaces;

import java.util.LinkedHashMap;
import java.util.Map;
import org.passerelle.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The spaces' part of "Download my data": the spaces the person belongs to, and their invitations. */
@Component
class SpacesPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    SpacesPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "space-memberships";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put(
                "memberships",
                PersonalData.rows(jdbc.queryForList(
                        "select s.id as space_id, s.title_en, s.title_fr, m.role, m.joined_at from space_member m"
                                + " join space s on s.id = m.space_id where m.account_id = ? order by m.id",
                        accountId)));
        part.put(
                "invitations",
                PersonalData.rows(jdbc.queryForList(
                        "select s.id as space_id, s.title_en, s.title_fr, i.role, i.status, i.created_at, i.answered_at"
                                + " from space_invitation i join space s on s.id = i.space_id where i.account_id = ?"
                                + " order by i.id",
                        accountId)));
        return part;
    }
}
