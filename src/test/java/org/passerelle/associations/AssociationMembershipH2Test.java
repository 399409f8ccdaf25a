package org.passerelle.associations;

import org.passerelle.H2Test;

@H2Test
class AssociationMembershipH2Test extends AssociationMembershipContract {}
