package org.passerelle.proposals;

import org.passerelle.H2Test;

@H2Test
class FollowUpServiceH2Test extends FollowUpServiceContract {}
