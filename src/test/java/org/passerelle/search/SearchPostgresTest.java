package org.passerelle.search;

import org.passerelle.PostgresTest;

@PostgresTest
class SearchPostgresTest extends SearchContract {}
