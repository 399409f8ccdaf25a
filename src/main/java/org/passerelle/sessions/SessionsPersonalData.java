package org.passerelle.sessions;

import org.passerelle.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sessions' part of "Download my data": the person's registrations to co-creation sessions. */
@Component
class SessionsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    SessionsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "session-registrations";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        return PersonalData.rows(jdbc.queryForList(
                "select s.id as session_id, s.title, s.starts_at, r.status, r.registered_at, r.attended"
                        + " from session_registration r join cocreation_session s on s.id = r.session_id"
                        + " where r.account_id = ? order by r.id",
                accountId));
    }
}
