package org.passerelle.calls;

import org.passerelle.PostgresTest;

@PostgresTest
class CallServicePostgresTest extends CallServiceContract {}
