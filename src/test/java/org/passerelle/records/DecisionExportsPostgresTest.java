package org.passerelle.records;

import org.passerelle.PostgresTest;

@PostgresTest
class DecisionExportsPostgresTest extends DecisionExportsContract {}
