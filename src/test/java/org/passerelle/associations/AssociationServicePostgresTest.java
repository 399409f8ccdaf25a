package org.passerelle.associations;

import org.passerelle.PostgresTest;

@PostgresTest
class AssociationServicePostgresTest extends AssociationServiceContract {}
