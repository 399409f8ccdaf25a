package org.passerelle.spaces;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the database between tests (see {@link org.passerelle.TestDatabase}). */
final class SpacesFixture {

    private SpacesFixture() {}

    static void reset(JdbcTemplate jdbc) {
        org.passerelle.TestDatabase.clean(jdbc);
    }
}
