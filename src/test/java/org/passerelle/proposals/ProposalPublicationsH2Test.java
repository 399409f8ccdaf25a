package org.passerelle.proposals;

import org.passerelle.H2Test;

@H2Test
class ProposalPublicationsH2Test extends ProposalPublicationsContract {}
