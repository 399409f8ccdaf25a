package org.passerelle.proposals;

import org.passerelle.PostgresTest;

@PostgresTest
class TriageQueuePostgresTest extends TriageQueueContract {}
