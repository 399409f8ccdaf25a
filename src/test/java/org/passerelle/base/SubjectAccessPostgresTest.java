package org.passerelle.base;

import org.passerelle.PostgresTest;

@PostgresTest
class SubjectAccessPostgresTest extends SubjectAccessContract {}
