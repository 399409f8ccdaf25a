package org.passerelle.audit;

import org.passerelle.PostgresTest;

@PostgresTest
class AuditQueriesPostgresTest extends AuditQueriesContract {}
