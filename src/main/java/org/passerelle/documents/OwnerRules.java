package org.passerelle.documents;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Finds the {@link DocumentOwners} of each owner type; an owner type without one is seen by nobody. */
@Component
class OwnerRules {

    private final Map<OwnerType, DocumentOwners> byType = new EnumMap<>(OwnerType.class);

    OwnerRules(List<DocumentOwners> owners) {
        for (DocumentOwners rules : owners) {
            if (byType.put(rules.type(), rules) != null) {
                throw new IllegalStateException("Two DocumentOwners for " + rules.type());
            }
        }
    }

    boolean maySee(OwnerRef owner) {
        DocumentOwners rules = byType.get(owner.type());
        return rules != null && rules.maySee(owner.id());
    }

    boolean mayUpload(OwnerRef owner) {
        return maySee(owner) && byType.get(owner.type()).mayUpload(owner.id());
    }

    boolean mayDelete(OwnerRef owner) {
        return maySee(owner) && byType.get(owner.type()).mayDelete(owner.id());
    }

    Long associationIdForQuota(OwnerRef owner) {
        return byType.get(owner.type()).associationIdForQuota(owner.id());
    }

    Long spaceId(OwnerRef owner) {
        return byType.get(owner.type()).spaceId(owner.id());
    }
}
