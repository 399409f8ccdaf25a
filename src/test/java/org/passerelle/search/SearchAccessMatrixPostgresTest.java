package org.passerelle.search;

import org.passerelle.PostgresTest;

@PostgresTest
class SearchAccessMatrixPostgresTest extends SearchAccessMatrixContract {}
