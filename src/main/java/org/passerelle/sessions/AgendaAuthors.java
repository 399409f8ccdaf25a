package org.passerelle.sessions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountService;
import org.passerelle.base.Access.Right;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.ProposalService;
import org.passerelle.security.RunAs;
import org.passerelle.sessions.domain.AgendaEntry;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.spaces.SpaceInvite;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authors of the proposals on a session's agenda who cannot see the session: in a private space only members
 * know it exists, so being on the agenda does not invite them (as it does elsewhere, see {@link
 * SessionInvitations}). Its facilitators are told who they are, asked of the access contract as each author, and
 * may invite them to the space with one click.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class AgendaAuthors {

    /** An author who cannot see the session, and whether an invitation to its space already waits for them. */
    public record Absent(long accountId, String name, String proposalTitle, boolean invitationPending) {}

    private final SessionAccess access;
    private final ProposalService proposals;
    private final AccountService accounts;
    private final SpaceMembershipService memberships;
    private final RunAs runAs;
    private final SubjectAccess subjects;

    AgendaAuthors(
            SessionAccess access,
            ProposalService proposals,
            AccountService accounts,
            SpaceMembershipService memberships,
            RunAs runAs,
            SubjectAccess subjects) {
        this.access = access;
        this.proposals = proposals;
        this.accounts = accounts;
        this.memberships = memberships;
        this.runAs = runAs;
        this.subjects = subjects;
    }

    /** The authors who cannot see this scheduled session; empty for a session that is over or cancelled. */
    @Transactional(readOnly = true)
    public List<Absent> absent(long sessionId) {
        CoCreationSession session = access.facilitated(sessionId, false);
        if (session.getState() != SessionState.SCHEDULED) {
            return List.of();
        }
        Map<Long, String> titleOf = new LinkedHashMap<>();
        for (AgendaEntry entry : session.getAgenda()) {
            if (entry.getProposalId() != null) {
                titleOf.putIfAbsent(entry.getProposalId(), entry.getTitle());
            }
        }
        if (titleOf.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> proposalOf = new LinkedHashMap<>(); // author -> the first of their proposals on the agenda
        proposals
                .authorsOf(titleOf.keySet())
                .forEach(
                        (proposalId, authors) -> authors.forEach(author -> proposalOf.putIfAbsent(author, proposalId)));
        Set<Long> blind = new LinkedHashSet<>();
        SubjectRef subject = SubjectRef.session(sessionId);
        runAs.asEach(proposalOf.keySet(), author -> {
            if (!subjects.may(subject, Right.SEE)) {
                blind.add(author.accountId());
            }
        });
        if (blind.isEmpty()) {
            return List.of();
        }
        Set<Long> pending = memberships.pendingInvitations(session.getSpaceId()).stream()
                .map(SpaceInvite::inviteeId)
                .collect(Collectors.toSet());
        Map<Long, String> names = accounts.displayNames(blind);
        Map<Long, String> proposalTitles = proposalTitles(titleOf, proposalOf.values());
        List<Absent> found = new ArrayList<>();
        for (Long author : blind) {
            found.add(new Absent(
                    author,
                    names.getOrDefault(author, "#" + author),
                    proposalTitles.get(proposalOf.get(author)),
                    pending.contains(author)));
        }
        return found;
    }

    /** Invites one of the authors who cannot see the session to its space, as a participant. */
    @Transactional
    public void inviteToSpace(long sessionId, long accountId) {
        boolean absent = absent(sessionId).stream()
                .anyMatch(author -> author.accountId() == accountId && !author.invitationPending());
        if (!absent) {
            throw new UserFacingException("sessions.absent-authors.not-absent");
        }
        memberships.invite(access.facilitated(sessionId, false).getSpaceId(), accountId, SpaceRole.PARTICIPANT);
    }

    /** The proposals' own titles (the facilitator sees them: {@link ProposalService#authorsOf} said so). */
    private Map<Long, String> proposalTitles(Map<Long, String> agendaTitles, java.util.Collection<Long> seen) {
        Map<Long, String> titles = new LinkedHashMap<>(agendaTitles);
        for (Long proposalId : new LinkedHashSet<>(seen)) {
            String title = proposals.get(proposalId).content().title();
            if (title != null && !title.isBlank()) {
                titles.put(proposalId, title);
            }
        }
        return titles;
    }
}
