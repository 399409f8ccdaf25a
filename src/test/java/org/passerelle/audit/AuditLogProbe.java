package org.passerelle.audit;

import java.util.List;
import org.springframework.context.ApplicationContext;

/** Reads the audit log through its service, as staff would. */
public final class AuditLogProbe {

    private final AuditLog auditLog;

    public AuditLogProbe(ApplicationContext context) {
        this.auditLog = context.getBean(AuditLog.class);
    }

    public List<String> actionsOfSpace(long spaceId) {
        return auditLog.ofSpace(spaceId, 1000).stream().map(AuditEntry::action).toList();
    }
}
