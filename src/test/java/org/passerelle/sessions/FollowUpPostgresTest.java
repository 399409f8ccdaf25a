package org.passerelle.sessions;

import org.passerelle.PostgresTest;

@PostgresTest
class FollowUpPostgresTest extends FollowUpContract {}
