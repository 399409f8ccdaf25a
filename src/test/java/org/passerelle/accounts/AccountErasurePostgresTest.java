package org.passerelle.accounts;

import org.passerelle.PostgresTest;

@PostgresTest
class AccountErasurePostgresTest extends AccountErasureContract {}
