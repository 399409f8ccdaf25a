package org.passerelle.sessions;

import org.passerelle.H2Test;

@H2Test
class SessionServiceH2Test extends SessionServiceContract {}
