package org.passerelle.documents;

import org.passerelle.PostgresTest;

@PostgresTest
class ProgressReportFilesPostgresTest extends ProgressReportFilesContract {}
