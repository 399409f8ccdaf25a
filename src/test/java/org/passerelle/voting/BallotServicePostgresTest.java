package org.passerelle.voting;

import org.passerelle.PostgresTest;

@PostgresTest
class BallotServicePostgresTest extends BallotServiceContract {}
