package org.passerelle.voting;

import org.passerelle.H2Test;

@H2Test
class BallotIntegrityH2Test extends BallotIntegrityContract {}
