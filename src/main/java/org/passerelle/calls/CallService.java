package org.passerelle.calls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.TimeZones;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallEvents.CallCreated;
import org.passerelle.calls.CallEvents.CallStateChanged;
import org.passerelle.calls.CallEvents.CallUpdated;
import org.passerelle.calls.domain.CallCriterion;
import org.passerelle.calls.domain.CallForProposals;
import org.passerelle.calls.domain.CallRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.passerelle.spaces.SpaceNotFoundException;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for cooperation. Staff who manage a space create and run its calls; everyone who sees the space
 * reads its calls once they are no longer drafts. Dates are calendar days in Brussels.
 */
@Service
@Transactional
public class CallService {

    private final CallRepository calls;
    private final SpaceAccess spaceAccess;
    private final SubjectAccess subjects;
    private final SpaceService spaces;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallService(
            CallRepository calls,
            SpaceAccess spaceAccess,
            SubjectAccess subjects,
            SpaceService spaces,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.calls = calls;
        this.spaceAccess = spaceAccess;
        this.subjects = subjects;
        this.spaces = spaces;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A new call, as a draft, in a space the staff member manages (not archived). */
    @PreAuthorize("hasRole('STAFF')")
    public CallSummary create(long spaceId, CallForm form) {
        long me = currentUser.require().accountId();
        spaceAccess.require(spaceId, SpaceAction.MANAGE);
        spaceAccess.require(spaceId, SpaceAction.CONTRIBUTE); // refuses archived spaces
        CallForm clean = CallRules.clean(form);
        CallForProposals call = new CallForProposals(spaceId, me, clock.instant());
        apply(call, clean);
        calls.saveAndFlush(call);
        events.publishEvent(new CallCreated(me, call.getId(), spaceId, titleOf(clean)));
        return summary(call);
    }

    /** Edits a call that is not decided yet; refused when someone else changed it meanwhile. */
    @PreAuthorize("hasRole('STAFF')")
    public CallSummary update(long callId, long expectedVersion, CallForm form) {
        long me = currentUser.require().accountId();
        CallForProposals call = manageable(callId);
        if (call.getState() == CallState.DECIDED) {
            throw new UserFacingException("calls.error.decided");
        }
        if (call.getVersion() != expectedVersion) {
            throw new UserFacingException("calls.error.changed-meanwhile");
        }
        CallForm clean = CallRules.clean(form);
        apply(call, clean);
        call.touch(clock.instant());
        calls.saveAndFlush(call);
        events.publishEvent(new CallUpdated(me, callId, call.getSpaceId(), titleOf(clean)));
        return summary(call);
    }

    /** Moves a call along draft → open → closed → decided (closed → open reopens it). */
    @PreAuthorize("hasRole('STAFF')")
    public CallSummary moveTo(long callId, CallState target) {
        long me = currentUser.require().accountId();
        CallForProposals call = manageable(callId);
        CallState from = call.getState();
        if (target == null || !from.next().contains(target)) {
            throw new UserFacingException("calls.error.transition");
        }
        if (target == CallState.OPEN && call.getCriteria().isEmpty()) {
            throw new UserFacingException("calls.error.criteria-required");
        }
        int weights =
                call.getCriteria().stream().mapToInt(CallCriterion::getWeight).sum();
        if (target == CallState.OPEN && weights != CallRules.WEIGHTS_TOTAL) {
            // a call saved before the weights had to make 100 % opens only once corrected
            throw new UserFacingException("calls.error.weights-total", weights, CallRules.WEIGHTS_TOTAL);
        }
        call.setState(target);
        call.touch(clock.instant());
        calls.saveAndFlush(call);
        events.publishEvent(new CallStateChanged(me, callId, call.getSpaceId(), from, target));
        return summary(call);
    }

    /** A call the person may see: drafts only for staff who manage the space. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CallSummary get(long callId) {
        CallForProposals call = calls.findById(callId).orElseThrow(CallNotFoundException::new);
        if (!visible(call)) {
            throw new CallNotFoundException();
        }
        return summary(call);
    }

    /** The calls of every space the person sees, latest closing first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CallSummary> visibleCalls() {
        List<Long> spaceIds =
                spaces.visibleSpaces().stream().map(SpaceSummary::id).toList();
        List<CallForProposals> found = calls.findBySpaceIdInOrderByClosesOnDesc(spaceIds);
        var access =
                subjects.of(found.stream().map(c -> SubjectRef.call(c.getId())).toList());
        return found.stream()
                .filter(call -> access.get(SubjectRef.call(call.getId())).see())
                .map(this::summary)
                .toList();
    }

    /** The calls of one space the person sees (the space's page lists them), latest closing first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CallSummary> callsOfSpace(long spaceId) {
        return visibleCalls().stream().filter(call -> call.spaceId() == spaceId).toList();
    }

    /** Whether a proposal may be submitted to this call today (open, and today within its dates). */
    @Transactional(readOnly = true)
    public boolean acceptsSubmissions(long callId) {
        return calls.findById(callId).map(this::accepts).orElse(false);
    }

    private boolean accepts(CallForProposals call) {
        LocalDate today = LocalDate.now(clock.withZone(TimeZones.OFFICE));
        return call.getState() == CallState.OPEN
                && !today.isBefore(call.getOpensOn())
                && !today.isAfter(call.getClosesOn());
    }

    private boolean visible(CallForProposals call) {
        return subjects.of(SubjectRef.call(call.getId())).see();
    }

    private CallForProposals manageable(long callId) {
        CallForProposals call = calls.findById(callId).orElseThrow(CallNotFoundException::new);
        try {
            spaceAccess.require(call.getSpaceId(), SpaceAction.MANAGE);
        } catch (SpaceNotFoundException hidden) {
            throw new CallNotFoundException();
        }
        return call;
    }

    private static void apply(CallForProposals call, CallForm form) {
        call.setTexts(
                form.titleEn(),
                form.titleFr(),
                form.descriptionEn(),
                form.descriptionFr(),
                form.guidanceEn(),
                form.guidanceFr());
        call.setRules(form.opensOn(), form.closesOn(), form.verifiedOnly(), form.maxPerAssociation());
        call.setEligibility(form.countries(), form.sectors());
        call.setCriteria(form.criteria().stream()
                .map(c -> new CallCriterion(c.nameEn(), c.nameFr(), c.weight()))
                .toList());
    }

    private static String titleOf(CallForm form) {
        return form.titleEn() != null ? form.titleEn() : form.titleFr();
    }

    private CallSummary summary(CallForProposals call) {
        CallForm form = new CallForm(
                call.getTitleEn(),
                call.getTitleFr(),
                call.getDescriptionEn(),
                call.getDescriptionFr(),
                call.getGuidanceEn(),
                call.getGuidanceFr(),
                call.getOpensOn(),
                call.getClosesOn(),
                call.isVerifiedOnly(),
                call.getCountries(),
                call.getSectors(),
                call.getMaxPerAssociation(),
                call.getCriteria().stream()
                        .map(c -> new Criterion(c.getNameEn(), c.getNameFr(), c.getWeight()))
                        .toList());
        return new CallSummary(
                call.getId(),
                call.getSpaceId(),
                form,
                call.getState(),
                accepts(call),
                spaceAccess.may(call.getSpaceId(), SpaceAction.MANAGE),
                call.getVersion());
    }
}
