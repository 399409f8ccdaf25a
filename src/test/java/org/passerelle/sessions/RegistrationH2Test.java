package org.passerelle.sessions;

import org.passerelle.H2Test;

@H2Test
class RegistrationH2Test extends RegistrationContract {}
