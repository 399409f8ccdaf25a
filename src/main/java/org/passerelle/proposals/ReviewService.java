package org.passerelle.proposals;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.ReviewEvents.ReviewQuestionAnswered;
import org.passerelle.proposals.ReviewEvents.ReviewQuestionAsked;
import org.passerelle.proposals.domain.ReviewQuestion;
import org.passerelle.proposals.domain.ReviewQuestionRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Board review: board members of the space (and staff) ask questions on a submitted proposal, its
 * co-authors answer. The exchange is for authors, board and staff only — other members of the space do
 * not see it, and for them it does not exist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    static final int QUESTION_MAX = 4000;
    static final int ANSWER_MAX = 8000;
    private static final Set<ProposalState> UNDER_REVIEW = EnumSet.of(
            ProposalState.SUBMITTED, ProposalState.IN_REVIEW, ProposalState.VOTING, ProposalState.REVISION_REQUESTED);

    private final ReviewQuestionRepository questions;
    private final ProposalService proposals;
    private final SubjectAccess subjects;
    private final AccountService accounts;
    private final SpaceAccess spaceAccess;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            ReviewQuestionRepository questions,
            ProposalService proposals,
            SubjectAccess subjects,
            AccountService accounts,
            SpaceAccess spaceAccess,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.questions = questions;
        this.proposals = proposals;
        this.subjects = subjects;
        this.accounts = accounts;
        this.spaceAccess = spaceAccess;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Who asked the question. For notifications, which then ask the access contract as each person: ids only, no access check. */
    @PreAuthorize("permitAll()") // asked with no one signed in, see above
    @Transactional(readOnly = true)
    public java.util.Optional<Long> askerOf(long questionId) {
        return questions.findById(questionId).map(q -> q.getAskedBy());
    }

    /** Whether the person may read the exchange of this proposal (and so may see the review panel). */
    @Transactional(readOnly = true)
    public boolean mayRead(long proposalId) {
        return mayRead(currentUser.require(), proposals.get(proposalId));
    }

    /** Whether the person may ask a question now (board member of the space or staff, proposal under review). */
    @Transactional(readOnly = true)
    public boolean mayAsk(long proposalId) {
        return mayAsk(currentUser.require(), proposals.get(proposalId));
    }

    public ReviewExchange ask(long proposalId, String text) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = proposals.get(proposalId);
        if (!mayAsk(me, proposal)) {
            throw new UserFacingException("proposals.review.error.may-not-ask");
        }
        String question = clean("question", text, QUESTION_MAX);
        ReviewQuestion saved =
                questions.save(new ReviewQuestion(proposalId, me.accountId(), question, clock.instant()));
        events.publishEvent(new ReviewQuestionAsked(me.accountId(), proposalId, proposal.spaceId(), saved.getId()));
        return exchanges(List.of(saved)).getFirst();
    }

    public ReviewExchange answer(long questionId, String text) {
        SignedInPerson me = currentUser.require();
        ReviewQuestion question = questions
                .findById(questionId)
                .orElseThrow(() -> new UserFacingException("proposals.review.error.not-found"));
        ProposalView proposal = proposals.get(question.getProposalId());
        if (!proposal.authorIds().contains(me.accountId())) {
            throw new UserFacingException("proposals.review.error.may-not-answer");
        }
        if (question.getAnswer() != null) {
            throw new UserFacingException("proposals.review.error.already-answered");
        }
        question.answer(clean("answer", text, ANSWER_MAX), me.accountId(), clock.instant());
        questions.saveAndFlush(question);
        events.publishEvent(new ReviewQuestionAnswered(me.accountId(), proposal.id(), proposal.spaceId(), questionId));
        return exchanges(List.of(question)).getFirst();
    }

    /** The exchange of a proposal, oldest first; "not found" for whoever may not read it. */
    @Transactional(readOnly = true)
    public List<ReviewExchange> exchange(long proposalId) {
        ProposalView proposal = proposals.get(proposalId);
        if (!mayRead(currentUser.require(), proposal)) {
            throw new ProposalNotFoundException();
        }
        return exchanges(questions.findByProposalIdOrderByIdAsc(proposalId));
    }

    private boolean mayRead(SignedInPerson me, ProposalView proposal) {
        return subjects.of(SubjectRef.proposal(proposal.id())).role() != null // its authors and association
                || me.hasRole(Role.STAFF)
                || spaceAccess.roleOf(proposal.spaceId(), me.accountId()) == SpaceRole.BOARD_MEMBER;
    }

    private boolean mayAsk(SignedInPerson me, ProposalView proposal) {
        return UNDER_REVIEW.contains(proposal.state())
                && (me.hasRole(Role.STAFF)
                        || spaceAccess.roleOf(proposal.spaceId(), me.accountId()) == SpaceRole.BOARD_MEMBER);
    }

    private static String clean(String field, String raw, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "proposals.review.error.empty");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "proposals.error.too-long", max);
        }
        return text;
    }

    private List<ReviewExchange> exchanges(List<ReviewQuestion> found) {
        Map<Long, PersonRef> people = accounts.people(found.stream()
                .flatMap(q -> Stream.of(q.getAskedBy(), q.getAnsweredBy()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return found.stream()
                .map(q -> new ReviewExchange(
                        q.getId(),
                        q.getQuestion(),
                        name(people, q.getAskedBy()),
                        q.getAskedAt(),
                        q.getAnswer(),
                        q.getAnsweredBy() == null ? null : name(people, q.getAnsweredBy()),
                        q.getAnsweredAt()))
                .toList();
    }

    private static String name(Map<Long, PersonRef> people, Long id) {
        PersonRef person = people.get(id);
        return person == null ? "—" : person.displayName();
    }
}
