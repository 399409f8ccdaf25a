package org.passerelle.audit;

import org.passerelle.H2Test;

@H2Test
class AuditQueriesH2Test extends AuditQueriesContract {}
