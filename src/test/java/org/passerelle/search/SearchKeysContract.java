package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search keys agree with the access contract: for every person, every subject of every kind the search uses,
 * and the rights it asks (SEE, READ_THREAD), the person has the right exactly when they hold one of the subject's
 * keys ({@link SubjectAccess#searchKeys} against {@link SubjectAccess#readerKeys}); before and after the changes
 * that move access (memberships, states, archiving).
 */
abstract class SearchKeysContract {

    private static final Map<SubjectKind, String> TABLES = new EnumMap<>(Map.of(
            SubjectKind.SPACE, "space",
            SubjectKind.ASSOCIATION, "association",
            SubjectKind.CALL, "call_for_proposals",
            SubjectKind.PROPOSAL, "proposal",
            SubjectKind.SESSION, "cocreation_session",
            SubjectKind.THREAD, "discussion_thread",
            SubjectKind.DOCUMENT, "document"));
    private static final List<Right> RIGHTS = List.of(Right.SEE, Right.READ_THREAD);

    @Autowired
    ApplicationContext context;

    @Autowired
    SubjectAccess subjects;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;
    SearchScenario scenario;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        scenario = new SearchScenario(context, accounts).build();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Every subject of the kinds the search uses, as the database holds them. */
    private List<SubjectRef> everySubject() {
        List<SubjectRef> all = new ArrayList<>();
        TABLES.forEach((kind, table) -> jdbc.queryForList("select id from " + table + " order by id", Long.class)
                .forEach(id -> all.add(new SubjectRef(kind, id))));
        return all;
    }

    /** Who has a right without a key, or a key without the right; counts the agreements in {@code granted}. */
    private List<String> disagreements(Map<Right, int[]> granted) {
        List<SubjectRef> all = everySubject();
        TestAccounts.signOut(); // keys are computed as the indexer does: nobody signed in
        Map<Right, Map<SubjectRef, Set<String>>> keys = new EnumMap<>(Right.class);
        RIGHTS.forEach(right -> keys.put(right, subjects.searchKeys(all, right)));
        List<String> found = new ArrayList<>();
        for (TestAccounts.Person person : SearchScenario.PEOPLE) {
            accounts.signIn(person);
            subjects.forget();
            Set<String> held = subjects.readerKeys();
            Map<SubjectRef, Access> access = subjects.of(all);
            for (Right right : RIGHTS) {
                for (SubjectRef subject : all) {
                    boolean may = access.get(subject).may(right);
                    Set<String> subjectKeys = keys.get(right).get(subject);
                    boolean holds = !Collections.disjoint(subjectKeys, held);
                    granted.computeIfAbsent(right, r -> new int[2])[may ? 1 : 0]++;
                    if (may != holds) {
                        found.add(String.format(
                                "%s on %s, %s: access says %s (role %s, rights %s) but the keys say %s;"
                                        + " subject's keys %s, person's keys %s",
                                person.email(),
                                subject,
                                right,
                                may,
                                access.get(subject).role(),
                                access.get(subject).rights(),
                                holds,
                                new TreeSet<>(subjectKeys),
                                new TreeSet<>(held)));
                    }
                }
            }
        }
        TestAccounts.signOut();
        return found;
    }

    private void assertAgree(String when) {
        Map<Right, int[]> granted = new EnumMap<>(Right.class);
        assertThat(disagreements(granted)).as(when).isEmpty();
        for (Right right : RIGHTS) {
            assertThat(granted.get(right))
                    .as("%s: some have %s and some have not", when, right)
                    .doesNotContain(0);
        }
    }

    @Test
    void everyPersonHoldsAKeyOfASubjectExactlyWhenTheyHaveTheRight() {
        Set<SubjectKind> kinds = new java.util.HashSet<>();
        everySubject().forEach(subject -> kinds.add(subject.kind()));
        assertThat(kinds).as("the scenario has subjects of every kind searched").isEqualTo(TABLES.keySet());
        assertAgree("as built");
    }

    @Test
    void theKeysStillAgreeAfterMembershipsStatesAndArchivingChange() {
        SpaceMembershipService spaceMembers = context.getBean(SpaceMembershipService.class);
        accounts.signIn(TestAccounts.OUTSIDER);
        spaceMembers.join(scenario.openSpace);
        accounts.signIn(TestAccounts.ADMIN);
        spaceMembers.remove(scenario.privateSpace, accounts.idOf(TestAccounts.MEMBER));
        spaceMembers.changeRole(scenario.restrictedSpace, accounts.idOf(TestAccounts.BOTH), SpaceRole.OBSERVER);
        context.getBean(SpaceService.class).setArchived(scenario.restrictedSpace, true);
        context.getBean(SpaceService.class).setArchived(scenario.archivedSpace, false);
        context.getBean(CallService.class).moveTo(scenario.draftCall, CallState.OPEN);
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(ProposalService.class).act(scenario.privateProposal, ProposalAction.WITHDRAW, null);
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(AssociationMembershipService.class).leave(scenario.associationA);
        assertAgree("after the changes");
    }
}
