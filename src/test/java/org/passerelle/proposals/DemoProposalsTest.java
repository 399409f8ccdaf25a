package org.passerelle.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.accounts.AccountService;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.security.Role;
import org.passerelle.security.RunAs;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@H2Test
class DemoProposalsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private DemoProposals demo(boolean enabled) {
        return new DemoProposals(
                enabled,
                context.getBean(ProposalService.class),
                context.getBean(CallService.class),
                context.getBean(AssociationService.class),
                context.getBean(AccountService.class),
                context.getBean(RunAs.class),
                Clock.systemUTC());
    }

    /** The demo people, space, call and association the runner builds on, as the earlier demo runners leave them. */
    private void demoWorld() {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        TestAccounts.Person admin = new TestAccounts.Person(
                "admin@passerelle.demo", "Amina", "fr", EnumSet.of(Role.ADMIN, Role.STAFF), true);
        TestAccounts.Person fatima = new TestAccounts.Person(
                DemoProposals.AUTHOR, "Fatima", "fr", EnumSet.of(Role.ASSOCIATION_MEMBER), true);
        TestAccounts.Person moussa = new TestAccounts.Person(
                DemoProposals.CO_AUTHOR, "Moussa", "fr", EnumSet.of(Role.BOARD_MEMBER, Role.ASSOCIATION_MEMBER), true);
        accounts.insert(admin);
        accounts.insert(new TestAccounts.Person(DemoProposals.STAFF, "Lucas", "fr", EnumSet.of(Role.STAFF), true));
        accounts.insert(fatima);
        accounts.insert(moussa);
        accounts.signIn(admin);
        long spaceId = context.getBean(SpaceService.class)
                .create(new SpaceForm(
                        "Rwanda — health and TVET", null, null, null, Stage.ENGAGE, AccessMode.RESTRICTED))
                .id();
        LocalDate today = LocalDate.now(TimeZones.OFFICE);
        CallService calls = context.getBean(CallService.class);
        long callId = calls.create(
                        spaceId,
                        new CallForm(
                                DemoProposals.CALL,
                                null,
                                null,
                                null,
                                null,
                                null,
                                today,
                                today.plusMonths(2),
                                false,
                                Set.of("RW"),
                                EnumSet.of(Sector.HEALTH, Sector.EDUCATION_TVET),
                                2,
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        calls.moveTo(callId, CallState.OPEN);
        long amicale = context.getBean(AssociationService.class)
                .register(
                        new AssociationForm(
                                DemoProposals.ASSOCIATION,
                                "AML",
                                "Transferts de fonds et projets agricoles.",
                                Set.of("ML"),
                                Residence.LU,
                                Set.of(Sector.REMITTANCES),
                                null,
                                null,
                                null),
                        accounts.idOf(moussa))
                .id();
        AssociationInvitationService invitations = context.getBean(AssociationInvitationService.class);
        accounts.signIn(moussa);
        invitations.invite(amicale, DemoProposals.AUTHOR);
        accounts.signIn(fatima);
        invitations.accept(amicale);
        TestAccounts.signOut();
    }

    @Test
    void oneCompleteProposalWithACoAuthorInVotingOnceOnly() {
        demoWorld();

        demo(true).run(null);
        demo(true).run(null);

        assertThat(jdbc.queryForList("select state from proposal", String.class))
                .containsExactly("VOTING");
        assertThat(jdbc.queryForObject(
                        "select a.name from proposal p join association a on a.id = p.association_id", String.class))
                .isEqualTo(DemoProposals.ASSOCIATION);
        assertThat(jdbc.queryForList(
                        "select a.email from proposal_author pa join account a on a.id = pa.account_id", String.class))
                .containsExactlyInAnyOrder(DemoProposals.AUTHOR, DemoProposals.CO_AUTHOR);
        assertThat(jdbc.queryForList("select action from proposal_transition order by id", String.class))
                .containsExactly("SUBMIT", "TRIAGE", "OPEN_VOTING");
    }

    @Test
    void withoutDemoDataNothingIsCreated() {
        demoWorld();
        demo(false).run(null);
        assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class))
                .isZero();
    }
}
