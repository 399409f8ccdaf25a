package org.passerelle.dashboard;

import org.passerelle.PostgresTest;

@PostgresTest
class DashboardQueriesPostgresTest extends DashboardQueriesContract {}
