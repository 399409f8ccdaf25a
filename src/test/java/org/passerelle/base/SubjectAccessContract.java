package org.passerelle.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.QueryCounter;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.ProposalView;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access contract through the real modules and database: one answer per subject, asked in bulk at a cost
 * that does not grow with the number of subjects, remembered within a transaction or request and forgotten
 * as soon as something changes.
 */
abstract class SubjectAccessContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubjectAccess subjects;

    @Autowired
    PlatformTransactionManager transactions;

    TestAccounts accounts;
    VotingFixture fixture;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void manySubjectsOfEveryKindCostWhatOneCosts() throws Exception {
        List<SubjectRef> one = new ArrayList<>();
        List<SubjectRef> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // the call takes at most five per association
            ProposalView proposal = fixture.proposalInReview("Proposal " + i);
            (i == 0 ? one : many).add(SubjectRef.proposal(proposal.id()));
        }
        one.addAll(List.of(SubjectRef.space(fixture.spaceId), SubjectRef.call(fixture.callId)));
        many.addAll(List.of(SubjectRef.space(fixture.spaceId), SubjectRef.call(fixture.callId)));
        accounts.signIn(TestAccounts.BOARD);
        long single = QueryCounter.count(() -> subjects.of(one)).statements();
        QueryCounter.Counted<Map<SubjectRef, Access>> all = QueryCounter.count(() -> subjects.of(many));
        assertThat(all.result().values()).hasSize(6).allMatch(Access::see);
        assertThat(all.statements()).as("four proposals and not one").isEqualTo(single);
        assertThat(single)
                .as("proposals, associations, space members, spaces, calls")
                .isLessThanOrEqualTo(5);
    }

    @Test
    void anUnknownSubjectAndAHiddenOneGetTheSameAnswer() {
        ProposalView proposal = fixture.proposalInReview("Solar clinic");
        accounts.signIn(TestAccounts.OUTSIDER); // neither of the association nor of the space
        Access hidden = subjects.of(SubjectRef.proposal(proposal.id()));
        Access unknown = subjects.of(SubjectRef.proposal(proposal.id() + 1000));
        assertThat(hidden.rights()).isEmpty();
        assertThat(hidden.spaceId()).isNull();
        assertThat(unknown.rights()).isEqualTo(hidden.rights());
        assertThat(unknown.spaceId()).isNull();
        accounts.signIn(TestAccounts.MEMBER); // its author
        Access mine = subjects.of(SubjectRef.proposal(proposal.id()));
        assertThat(mine.see()).isTrue();
        assertThat(mine.role()).isEqualTo("AUTHOR");
        assertThat(mine.spaceId()).isEqualTo(fixture.spaceId);
        assertThat(mine.associationId()).isEqualTo(fixture.associationId);
        assertThat(mine.contribute()).as("submitted: no longer editable").isFalse();
        assertThat(mine.refusal()).isEqualTo("proposals.error.not-editable");
    }

    @Test
    void anAnswerIsRememberedForTheTransactionAndForgottenWhenMembershipChanges() {
        accounts.signIn(TestAccounts.OUTSIDER);
        SubjectRef space = SubjectRef.space(fixture.spaceId);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                assertThat(subjects.of(space).role()).isNull();
                assertThat(QueryCounter.count(() -> subjects.of(space)).statements())
                        .as("asked again in the same transaction")
                        .isZero();
                accounts.signIn(TestAccounts.ADMIN);
                context.getBean(SpaceMembershipService.class)
                        .invite(fixture.spaceId, accounts.idOf(TestAccounts.OUTSIDER), SpaceRole.OBSERVER);
                accounts.signIn(TestAccounts.OUTSIDER);
                context.getBean(SpaceMembershipService.class).myInvitations().stream()
                        .filter(invite -> invite.spaceId() == fixture.spaceId)
                        .forEach(invite ->
                                context.getBean(SpaceMembershipService.class).answer(invite.id(), true));
                assertThat(subjects.of(space).role())
                        .as("the joining was an audited event: the answer is asked again")
                        .isEqualTo("OBSERVER");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
