package org.passerelle.sessions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.security.CurrentUser;
import org.passerelle.sessions.domain.ActionItem;
import org.passerelle.sessions.domain.ActionItemMilestone;
import org.passerelle.sessions.domain.ActionItemMilestoneRepository;
import org.passerelle.sessions.domain.ActionItemRepository;
import org.passerelle.sessions.domain.CoCreationSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Empower as one flow: an action item decided in a session about a proposal on its agenda becomes a milestone
 * of that proposal (its text, its due date), once. Who may: those who facilitate the session and may plan the
 * proposal's milestones (the proposals module decides: staff, while it is accepted or in implementation).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActionItemMilestones {

    /** As the proposals module's milestone titles. */
    static final int MILESTONE_TITLE_MAX = 200;

    private final ActionItemRepository actions;
    private final ActionItemMilestoneRepository links;
    private final SessionAccess access;
    private final FollowUpService followUps;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActionItemMilestones(
            ActionItemRepository actions,
            ActionItemMilestoneRepository links,
            SessionAccess access,
            FollowUpService followUps,
            CurrentUser currentUser,
            Clock clock) {
        this.actions = actions;
        this.links = links;
        this.access = access;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** For a session the person sees: which of its action items are milestones, and of which proposals they may become. */
    @Transactional(readOnly = true)
    public ActionItemMilestoneChoices choices(long sessionId) {
        CoCreationSession session = access.visible(sessionId);
        SessionSummary summary = access.summary(session);
        Map<Long, String> onAgenda = agendaProposals(summary);
        List<Long> itemIds = actions.findBySessionIdOrderByDueOnAscIdAsc(sessionId).stream()
                .map(ActionItem::getId)
                .toList();
        Map<Long, ProposalChoice> linked = links.findAllById(itemIds).stream()
                .collect(Collectors.toMap(
                        ActionItemMilestone::getActionItemId,
                        link -> new ProposalChoice(link.getProposalId(), onAgenda.get(link.getProposalId()))));
        List<ProposalChoice> proposals = summary.mayFacilitate() && summary.state() == SessionState.SCHEDULED
                ? onAgenda.entrySet().stream()
                        .filter(proposal -> followUps.mayPlanMilestones(proposal.getKey()))
                        .map(proposal -> new ProposalChoice(proposal.getKey(), proposal.getValue()))
                        .toList()
                : List.of();
        return new ActionItemMilestoneChoices(linked, proposals);
    }

    /**
     * Makes the action item a milestone of a proposal on its session's agenda; refused when it already is one
     * (the session is locked meanwhile: two clicks make one milestone). Returns the milestone's id.
     */
    public long makeMilestone(long actionItemId, long proposalId) {
        long me = currentUser.require().accountId();
        ActionItem item = actions.findById(actionItemId)
                .orElseThrow(() -> new UserFacingException("sessions.error.action-not-found"));
        CoCreationSession session = access.facilitated(item.getSessionId(), true);
        if (session.getState() == SessionState.CANCELLED) {
            throw new UserFacingException("sessions.error.cancelled");
        }
        if (session.getAgenda().stream()
                .noneMatch(entry -> Long.valueOf(proposalId).equals(entry.getProposalId()))) {
            throw new UserFacingException("sessions.actions.error.not-on-agenda");
        }
        if (links.existsById(actionItemId)) {
            throw new UserFacingException("sessions.actions.error.already-milestone");
        }
        long milestoneId = followUps.addMilestone(proposalId, milestoneTitle(item.getTitle()), item.getDueOn());
        links.saveAndFlush(new ActionItemMilestone(actionItemId, proposalId, milestoneId, me, clock.instant()));
        return milestoneId;
    }

    private static Map<Long, String> agendaProposals(SessionSummary summary) {
        Map<Long, String> proposals = new LinkedHashMap<>();
        summary.agenda().stream()
                .filter(line -> line.proposalId() != null)
                .forEach(line -> proposals.putIfAbsent(line.proposalId(), line.proposalTitle()));
        return proposals;
    }

    /** An action item's text may be longer than a milestone's title: cut with an ellipsis rather than refused. */
    static String milestoneTitle(String text) {
        String title = text.strip();
        return title.length() <= MILESTONE_TITLE_MAX ? title : title.substring(0, MILESTONE_TITLE_MAX - 1) + "…";
    }
}
