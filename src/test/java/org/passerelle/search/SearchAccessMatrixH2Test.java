package org.passerelle.search;

import org.passerelle.H2Test;

@H2Test
class SearchAccessMatrixH2Test extends SearchAccessMatrixContract {}
