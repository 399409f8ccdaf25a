package org.passerelle.voting;

import org.passerelle.H2Test;

@H2Test
class BallotServiceH2Test extends BallotServiceContract {}
