package org.passerelle.associations;

import org.passerelle.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The associations' part of "Download my data": the associations the person belongs to or is invited to. */
@Component
class AssociationsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    AssociationsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "association-memberships";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        return PersonalData.rows(jdbc.queryForList(
                "select a.id as association_id, a.name as association, m.status, m.contact, m.created_at"
                        + " from association_membership m join association a on a.id = m.association_id"
                        + " where m.account_id = ? order by m.id",
                accountId));
    }
}
