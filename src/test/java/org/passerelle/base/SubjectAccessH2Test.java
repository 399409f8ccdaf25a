package org.passerelle.base;

import org.passerelle.H2Test;

@H2Test
class SubjectAccessH2Test extends SubjectAccessContract {}
