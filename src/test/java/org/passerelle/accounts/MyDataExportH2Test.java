package org.passerelle.accounts;

import org.passerelle.H2Test;

@H2Test
class MyDataExportH2Test extends MyDataExportContract {}
