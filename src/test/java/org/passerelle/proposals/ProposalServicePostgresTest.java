package org.passerelle.proposals;

import org.passerelle.PostgresTest;

@PostgresTest
class ProposalServicePostgresTest extends ProposalServiceContract {}
