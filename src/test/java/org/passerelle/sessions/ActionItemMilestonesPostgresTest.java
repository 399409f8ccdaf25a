package org.passerelle.sessions;

import org.passerelle.PostgresTest;

@PostgresTest
class ActionItemMilestonesPostgresTest extends ActionItemMilestonesContract {}
