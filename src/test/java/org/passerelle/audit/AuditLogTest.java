package org.passerelle.audit;

import org.passerelle.H2Test;

@H2Test
class AuditLogTest extends AuditLogContract {}
