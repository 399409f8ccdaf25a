package org.passerelle.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access rules as a table: every viewer × access mode × archived, and for each the five actions
 * (S = see, C = contribute, M = moderate, J = join, G = manage; "-" = refused). Written by hand from the
 * issue's rules, not derived from the code under test. STAFF is a staff account that is not a member (it
 * may still join an open space); facilitators are members with that space role.
 */
class AccessPolicyTest {

    @ParameterizedTest(name = "{0} in {1} space (archived: {2}) → {3}")
    @CsvSource({
        // viewer,          mode,       archived, S C M J G
        "STAFF,             OPEN,       false,    S C M J G",
        "STAFF,             RESTRICTED, false,    S C M - G",
        "STAFF,             PRIVATE,    false,    S C M - G",
        "STAFF,             OPEN,       true,     S - - - G",
        "STAFF,             RESTRICTED, true,     S - - - G",
        "STAFF,             PRIVATE,    true,     S - - - G",
        "FACILITATOR,       OPEN,       false,    S C M - -",
        "FACILITATOR,       RESTRICTED, false,    S C M - -",
        "FACILITATOR,       PRIVATE,    false,    S C M - -",
        "FACILITATOR,       OPEN,       true,     S - - - -",
        "FACILITATOR,       RESTRICTED, true,     S - - - -",
        "FACILITATOR,       PRIVATE,    true,     S - - - -",
        "BOARD_MEMBER,      OPEN,       false,    S C - - -",
        "BOARD_MEMBER,      RESTRICTED, false,    S C - - -",
        "BOARD_MEMBER,      PRIVATE,    false,    S C - - -",
        "BOARD_MEMBER,      OPEN,       true,     S - - - -",
        "BOARD_MEMBER,      RESTRICTED, true,     S - - - -",
        "BOARD_MEMBER,      PRIVATE,    true,     S - - - -",
        "PARTICIPANT,       OPEN,       false,    S C - - -",
        "PARTICIPANT,       RESTRICTED, false,    S C - - -",
        "PARTICIPANT,       PRIVATE,    false,    S C - - -",
        "PARTICIPANT,       OPEN,       true,     S - - - -",
        "PARTICIPANT,       RESTRICTED, true,     S - - - -",
        "PARTICIPANT,       PRIVATE,    true,     S - - - -",
        "OBSERVER,          OPEN,       false,    S - - - -",
        "OBSERVER,          RESTRICTED, false,    S - - - -",
        "OBSERVER,          PRIVATE,    false,    S - - - -",
        "OBSERVER,          OPEN,       true,     S - - - -",
        "OBSERVER,          RESTRICTED, true,     S - - - -",
        "OBSERVER,          PRIVATE,    true,     S - - - -",
        "NON_MEMBER,        OPEN,       false,    S - - J -",
        "NON_MEMBER,        RESTRICTED, false,    S - - - -",
        "NON_MEMBER,        PRIVATE,    false,    - - - - -",
        "NON_MEMBER,        OPEN,       true,     S - - - -",
        "NON_MEMBER,        RESTRICTED, true,     S - - - -",
        "NON_MEMBER,        PRIVATE,    true,     - - - - -",
    })
    void everyCellOfTheTable(String viewer, AccessMode mode, boolean archived, String expected) {
        boolean staff = viewer.equals("STAFF");
        SpaceRole membership = staff || viewer.equals("NON_MEMBER") ? null : SpaceRole.valueOf(viewer);
        StringBuilder actual = new StringBuilder();
        for (SpaceAction action : SpaceAction.values()) {
            boolean allowed = AccessPolicy.allows(action, staff, membership, mode, archived);
            actual.append(allowed ? "SCMJG".charAt(action.ordinal()) : '-').append(' ');
        }
        assertThat(actual.toString().trim()).isEqualTo(expected);
    }
}
