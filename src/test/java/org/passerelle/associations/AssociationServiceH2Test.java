package org.passerelle.associations;

import org.passerelle.H2Test;

@H2Test
class AssociationServiceH2Test extends AssociationServiceContract {}
