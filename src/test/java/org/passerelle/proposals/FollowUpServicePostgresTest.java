package org.passerelle.proposals;

import org.passerelle.PostgresTest;

@PostgresTest
class FollowUpServicePostgresTest extends FollowUpServiceContract {}
