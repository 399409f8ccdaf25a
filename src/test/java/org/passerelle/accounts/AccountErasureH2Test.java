package org.passerelle.accounts;

import org.passerelle.H2Test;

@H2Test
class AccountErasureH2Test extends AccountErasureContract {}
