package org.passerelle.sessions;

import org.passerelle.H2Test;

@H2Test
class InvitedAuthorsH2Test extends InvitedAuthorsContract {}
