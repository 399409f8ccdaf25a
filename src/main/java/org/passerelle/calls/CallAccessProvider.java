package org.passerelle.calls;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.Bilingual;
import org.passerelle.base.DerivedAccessProvider;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
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
class CallAccessProvider extends DerivedAccessProvider<CallForProposals> {

    CallAccessProvider(EntityLoader loader, SubjectAccess subjects) {
        super(SubjectKind.CALL, CallForProposals.class, loader, subjects);
    }

    @Override
    protected List<SubjectRef> parents(CallForProposals call) {
        return List.of(SubjectRef.space(call.getSpaceId()));
    }

    @Override
    protected Access derive(CallForProposals call, Map<SubjectRef, Access> parents) {
        Access space = parents.get(SubjectRef.space(call.getSpaceId()));
        if (!space.see() || (call.getState() == CallState.DRAFT && !space.manage())) {
            return null;
        }
        SubjectRef subject = SubjectRef.call(call.getId());
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

    /** A call is found by who sees its space, a draft one by who manages the space (as {@link #derive}). */
    @Override
    protected Map<SubjectRef, Right> keyParents(CallForProposals call, Right right) {
        return right == Right.SEE
                ? Map.of(
                        SubjectRef.space(call.getSpaceId()),
                        call.getState() == CallState.DRAFT ? Right.MANAGE : Right.SEE)
                : Map.of();
    }

    @Override
    protected Set<String> deriveKeys(
            CallForProposals call,
            Right right,
            java.util.function.BiFunction<SubjectRef, Right, Set<String>> parentKeys) {
        return keyParents(call, right).entrySet().stream()
                .flatMap(parent -> parentKeys.apply(parent.getKey(), parent.getValue()).stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    protected String title(CallForProposals call, Locale reader) {
        return Bilingual.pick(call.getTitleEn(), call.getTitleFr(), reader).text();
    }

    @Override
    protected Long idOf(CallForProposals call) {
        return call.getId();
    }
}
