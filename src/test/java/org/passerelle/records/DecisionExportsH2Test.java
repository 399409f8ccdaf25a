package org.passerelle.records;

import org.passerelle.H2Test;

@H2Test
class DecisionExportsH2Test extends DecisionExportsContract {}
