package org.passerelle.people;

import org.passerelle.H2Test;

@H2Test
class PeopleServiceH2Test extends PeopleServiceContract {}
