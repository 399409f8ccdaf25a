package org.passerelle.documents;

import org.passerelle.H2Test;

@H2Test
class DocumentServiceH2Test extends DocumentServiceContract {}
