package org.passerelle.documents;

import java.util.Optional;
import org.passerelle.calls.CallNotFoundException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.springframework.stereotype.Component;

/** A call's reference documents: whoever sees the call reads them; the staff who manage it upload and delete. */
@Component
class CallDocumentOwners implements DocumentOwners {

    private final CallService calls;

    CallDocumentOwners(CallService calls) {
        this.calls = calls;
    }

    @Override
    public OwnerType type() {
        return OwnerType.CALL;
    }

    @Override
    public boolean maySee(long callId) {
        return call(callId).isPresent();
    }

    @Override
    public boolean mayUpload(long callId) {
        return call(callId).map(CallSummary::mayManage).orElse(false);
    }

    @Override
    public boolean mayDelete(long callId) {
        return mayUpload(callId);
    }

    @Override
    public Long associationIdForQuota(long callId) {
        return null;
    }

    @Override
    public Long spaceId(long callId) {
        return call(callId).map(CallSummary::spaceId).orElse(null);
    }

    private Optional<CallSummary> call(long callId) {
        try {
            return Optional.of(calls.get(callId));
        } catch (CallNotFoundException hidden) {
            return Optional.empty();
        }
    }
}
