package org.passerelle.search;

import org.passerelle.H2Test;

@H2Test
class SearchKeysH2Test extends SearchKeysContract {}
