package org.passerelle.sessions;

import org.passerelle.H2Test;

@H2Test
class ActionItemMilestonesH2Test extends ActionItemMilestonesContract {}
