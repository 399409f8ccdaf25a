package org.passerelle.spaces;

import org.passerelle.PostgresTest;

@PostgresTest
class SpaceServicePostgresTest extends SpaceServiceContract {}
