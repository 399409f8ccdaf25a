package org.passerelle.accounts;

import org.passerelle.PostgresTest;

@PostgresTest
class MyDataExportPostgresTest extends MyDataExportContract {}
