package org.passerelle.sessions;

import org.passerelle.PostgresTest;

@PostgresTest
class SessionServicePostgresTest extends SessionServiceContract {}
