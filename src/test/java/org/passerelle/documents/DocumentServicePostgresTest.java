package org.passerelle.documents;

import org.passerelle.PostgresTest;

@PostgresTest
class DocumentServicePostgresTest extends DocumentServiceContract {}
