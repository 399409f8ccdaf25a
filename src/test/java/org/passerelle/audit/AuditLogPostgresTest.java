package org.passerelle.audit;

import org.passerelle.PostgresTest;

@PostgresTest
class AuditLogPostgresTest extends AuditLogContract {}
