package org.passerelle.spaces;

import org.passerelle.H2Test;

@H2Test
class SpaceServiceH2Test extends SpaceServiceContract {}
