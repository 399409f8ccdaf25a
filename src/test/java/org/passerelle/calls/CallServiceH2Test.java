package org.passerelle.calls;

import org.passerelle.H2Test;

@H2Test
class CallServiceH2Test extends CallServiceContract {}
