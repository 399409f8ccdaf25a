package org.passerelle.contacts;

import org.passerelle.H2Test;

@H2Test
class ContactServiceH2Test extends ContactServiceContract {}
