package org.passerelle.voting;

import org.passerelle.PostgresTest;

@PostgresTest
class BallotIntegrityPostgresTest extends BallotIntegrityContract {}
