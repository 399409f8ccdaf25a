package org.passerelle.people;

import org.passerelle.PostgresTest;

@PostgresTest
class PeopleServicePostgresTest extends PeopleServiceContract {}
