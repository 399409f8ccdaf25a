package org.passerelle.documents;

import org.passerelle.H2Test;

@H2Test
class ProgressReportFilesH2Test extends ProgressReportFilesContract {}
