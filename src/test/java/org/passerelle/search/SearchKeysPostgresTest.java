package org.passerelle.search;

import org.passerelle.PostgresTest;

@PostgresTest
class SearchKeysPostgresTest extends SearchKeysContract {}
