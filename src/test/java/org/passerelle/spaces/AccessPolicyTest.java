package org.passerelle.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access rules as a table: every viewer × access mode × archived, and for each the six actions
 * (S = see, C = contribute, M = moderate, J = join, T = take part in sessions, G = manage; "-" = refused). Written by hand from the
 * issue's rules, not derived from the code under test. STAFF is a staff account that is not a member (it
 * may still join an open space); facilitators are members with that space role.
 */
class AccessPolicyTest {

    @ParameterizedTest(name = "{0} in {1} space (archived: {2}) → {3}")
    @CsvSource({
        // viewer,          mode,       archived, S C M J T G
        "STAFF,             OPEN,       false,    S C M J T G",
        "STAFF,             RESTRICTED, false,    S C M - T G",
        "STAFF,             PRIVATE,    false,    S C M - T G",
        "STAFF,             OPEN,       true,     S - - - T G",
        "STAFF,             RESTRICTED, true,     S - - - T G",
        "STAFF,             PRIVATE,    true,     S - - - T G",
        "FACILITATOR,       OPEN,       false,    S C M - T -",
        "FACILITATOR,       RESTRICTED, false,    S C M - T -",
        "FACILITATOR,       PRIVATE,    false,    S C M - T -",
        "FACILITATOR,       OPEN,       true,     S - - - T -",
        "FACILITATOR,       RESTRICTED, true,     S - - - T -",
        "FACILITATOR,       PRIVATE,    true,     S - - - T -",
        "BOARD_MEMBER,      OPEN,       false,    S C - - T -",
        "BOARD_MEMBER,      RESTRICTED, false,    S C - - T -",
        "BOARD_MEMBER,      PRIVATE,    false,    S C - - T -",
        "BOARD_MEMBER,      OPEN,       true,     S - - - T -",
        "BOARD_MEMBER,      RESTRICTED, true,     S - - - T -",
        "BOARD_MEMBER,      PRIVATE,    true,     S - - - T -",
        "PARTICIPANT,       OPEN,       false,    S C - - T -",
        "PARTICIPANT,       RESTRICTED, false,    S C - - T -",
        "PARTICIPANT,       PRIVATE,    false,    S C - - T -",
        "PARTICIPANT,       OPEN,       true,     S - - - T -",
        "PARTICIPANT,       RESTRICTED, true,     S - - - T -",
        "PARTICIPANT,       PRIVATE,    true,     S - - - T -",
        "OBSERVER,          OPEN,       false,    S - - - T -",
        "OBSERVER,          RESTRICTED, false,    S - - - T -",
        "OBSERVER,          PRIVATE,    false,    S - - - T -",
        "OBSERVER,          OPEN,       true,     S - - - T -",
        "OBSERVER,          RESTRICTED, true,     S - - - T -",
        "OBSERVER,          PRIVATE,    true,     S - - - T -",
        "NON_MEMBER,        OPEN,       false,    S - - J T -",
        "NON_MEMBER,        RESTRICTED, false,    S - - - - -",
        "NON_MEMBER,        PRIVATE,    false,    - - - - - -",
        "NON_MEMBER,        OPEN,       true,     S - - - T -",
        "NON_MEMBER,        RESTRICTED, true,     S - - - - -",
        "NON_MEMBER,        PRIVATE,    true,     - - - - - -",
    })
    void everyCellOfTheTable(String viewer, AccessMode mode, boolean archived, String expected) {
        boolean staff = viewer.equals("STAFF");
        SpaceRole membership = staff || viewer.equals("NON_MEMBER") ? null : SpaceRole.valueOf(viewer);
        StringBuilder actual = new StringBuilder();
        for (SpaceAction action : SpaceAction.values()) {
            boolean allowed = AccessPolicy.allows(action, staff, membership, mode, archived);
            actual.append(allowed ? "SCMJTG".charAt(action.ordinal()) : '-').append(' ');
        }
        assertThat(actual.toString().trim()).isEqualTo(expected);
    }
}
