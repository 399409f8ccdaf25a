package org.passerelle.contacts;

import org.passerelle.PostgresTest;

@PostgresTest
class ContactServicePostgresTest extends ContactServiceContract {}
