package org.passerelle.spaces;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the spaces tables (and the audit log) between tests. */
final class SpacesFixture {

    private SpacesFixture() {}

    static void reset(JdbcTemplate jdbc) {
        jdbc.update("delete from space_invitation");
        jdbc.update("delete from space_member");
        jdbc.update("delete from space");
        jdbc.update("delete from audit_entry");
    }
}
