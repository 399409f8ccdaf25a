package org.passerelle.sessions;

import org.passerelle.PostgresTest;

@PostgresTest
class RegistrationPostgresTest extends RegistrationContract {}
