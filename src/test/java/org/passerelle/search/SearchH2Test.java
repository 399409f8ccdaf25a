package org.passerelle.search;

import org.passerelle.H2Test;

@H2Test
class SearchH2Test extends SearchContract {}
