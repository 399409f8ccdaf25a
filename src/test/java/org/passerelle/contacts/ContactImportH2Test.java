package org.passerelle.contacts;

import org.passerelle.H2Test;

@H2Test
class ContactImportH2Test extends ContactImportContract {}
