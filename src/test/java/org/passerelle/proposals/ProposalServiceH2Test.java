package org.passerelle.proposals;

import org.passerelle.H2Test;

@H2Test
class ProposalServiceH2Test extends ProposalServiceContract {}
