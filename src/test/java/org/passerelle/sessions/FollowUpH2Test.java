package org.passerelle.sessions;

import org.passerelle.H2Test;

@H2Test
class FollowUpH2Test extends FollowUpContract {}
