package org.passerelle.accounts;

import org.passerelle.H2Test;

@H2Test
class AccountServiceH2Test extends AccountServiceContract {}
