package org.passerelle.associations;

import org.passerelle.PostgresTest;

@PostgresTest
class AssociationMembershipPostgresTest extends AssociationMembershipContract {}
