package org.passerelle.accounts;

import org.passerelle.PostgresTest;

@PostgresTest
class AccountServicePostgresTest extends AccountServiceContract {}
