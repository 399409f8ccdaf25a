package org.passerelle.proposals;

import org.passerelle.PostgresTest;

@PostgresTest
class ProposalPublicationsPostgresTest extends ProposalPublicationsContract {}
