package org.passerelle.calls;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectAccessProvider;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.calls.domain.CallForProposals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls' answer to the access contract: a call is seen by whoever sees its space, a draft only by those who
 * manage the space (staff); those staff edit it, move it and add or remove its reference documents. Calls
 * have no thread of their own (their proposals do).
 */
@Component
@Transactional(readOnly = true)
class CallAccessProvider implements SubjectAccessProvider {

    private final EntityLoader calls;
    private final SubjectAccess subjects;

    CallAccessProvider(EntityLoader calls, SubjectAccess subjects) {
        this.calls = calls;
        this.subjects = subjects;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.CALL;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        List<CallForProposals> found = calls.byIds(CallForProposals.class, ids);
        Map<SubjectRef, Access> spaces = subjects.of(found.stream()
                .map(c -> SubjectRef.space(c.getSpaceId()))
                .distinct()
                .toList());
        Map<Long, Access> answer = new HashMap<>();
        for (CallForProposals call : found) {
            answer.put(call.getId(), access(call, spaces.get(SubjectRef.space(call.getSpaceId()))));
        }
        return answer;
    }

    static Access access(CallForProposals call, Access space) {
        SubjectRef subject = SubjectRef.call(call.getId());
        if (!space.see() || (call.getState() == CallState.DRAFT && !space.manage())) {
            return Access.hidden(subject);
        }
        return space.manage()
                ? new Access(
                        subject,
                        call.getSpaceId(),
                        null,
                        null,
                        EnumSet.of(Right.SEE, Right.CONTRIBUTE, Right.MODERATE, Right.MANAGE),
                        null)
                : new Access(subject, call.getSpaceId(), null, null, EnumSet.of(Right.SEE), "spaces.error.not-allowed");
    }
}
