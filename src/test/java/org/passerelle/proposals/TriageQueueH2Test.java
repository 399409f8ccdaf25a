package org.passerelle.proposals;

import org.passerelle.H2Test;

@H2Test
class TriageQueueH2Test extends TriageQueueContract {}
