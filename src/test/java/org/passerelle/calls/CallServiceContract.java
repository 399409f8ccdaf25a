package org.passerelle.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Call rules against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class CallServiceContract {

    static final LocalDate TODAY = LocalDate.now(TimeZones.OFFICE);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CallService calls;

    @Autowired
    SpaceService spaces;

    TestAccounts accounts;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static CallForm form(String title, LocalDate opens, LocalDate closes, List<Criterion> criteria) {
        return new CallForm(
                title,
                null,
                "Projects that " + title,
                null,
                "Read the template",
                null,
                opens,
                closes,
                true,
                Set.of("RW", "BI"),
                EnumSet.of(Sector.HEALTH),
                2,
                criteria);
    }

    static final List<Criterion> CRITERIA =
            List.of(new Criterion("Relevance", "Pertinence", 40), new Criterion("Feasibility", null, 60));

    SpaceSummary space(AccessMode mode) {
        accounts.signIn(TestAccounts.ADMIN);
        return spaces.create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, mode));
    }

    @Test
    void staffCreateADraftCallWithItsRules() {
        SpaceSummary space = space(AccessMode.OPEN);
        CallSummary call = calls.create(space.id(), form("Health centres", TODAY, TODAY.plusDays(30), CRITERIA));
        assertThat(call.state()).isEqualTo(CallState.DRAFT);
        assertThat(call.acceptsSubmissions()).isFalse();
        CallSummary read = calls.get(call.id());
        assertThat(read.criteria()).containsExactlyElementsOf(CRITERIA);
        assertThat(read.countries()).containsExactlyInAnyOrder("RW", "BI");
        assertThat(read.form().maxPerAssociation()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'call.created' and space_id = ?",
                        Integer.class,
                        space.id()))
                .isEqualTo(1);
    }

    @Test
    void onlyStaffWhoManageTheSpaceCreateCalls() {
        SpaceSummary space = space(AccessMode.OPEN);
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> calls.create(space.id(), form("x", TODAY, TODAY, CRITERIA)))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signIn(TestAccounts.ADMIN);
        spaces.setArchived(space.id(), true);
        assertThatThrownBy(() -> calls.create(space.id(), form("x", TODAY, TODAY, CRITERIA)))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.archived");
    }

    @Test
    void theWeightsOfACallsCriteriaMakeOneHundredPercent() {
        long space = space(AccessMode.OPEN).id();
        assertRefused(
                space,
                form(
                        "t",
                        TODAY,
                        TODAY,
                        List.of(new Criterion("Relevance", null, 50), new Criterion("Impact", null, 30))),
                "criteria",
                "calls.error.weights-total");
        assertRefused(
                space,
                form(
                        "t",
                        TODAY,
                        TODAY,
                        List.of(new Criterion("Relevance", null, 60), new Criterion("Impact", null, 60))),
                "criteria",
                "calls.error.weights-total");
        assertThat(calls.create(space, form("no criteria yet", TODAY, TODAY, List.of()))
                        .criteria())
                .isEmpty();
        CallSummary call = calls.create(space, form("t", TODAY, TODAY.plusDays(9), CRITERIA));
        assertThatThrownBy(() -> calls.update(
                        call.id(),
                        call.version(),
                        form("t", TODAY, TODAY, List.of(new Criterion("Relevance", null, 99)))))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "calls.error.weights-total");
        assertThat(calls.get(call.id()).criteria()).containsExactlyElementsOf(CRITERIA);

        jdbc.update("update call_criterion set weight = 10"); // as saved before the rule
        assertThatThrownBy(() -> calls.moveTo(call.id(), CallState.OPEN))
                .hasFieldOrPropertyWithValue("messageKey", "calls.error.weights-total");
        assertThat(calls.get(call.id()).state()).isEqualTo(CallState.DRAFT);
    }

    @Test
    void invalidCallsAreRefusedAndNothingIsStored() {
        long space = space(AccessMode.OPEN).id();
        assertRefused(space, form(" ", TODAY, TODAY, CRITERIA), "titleEn", "calls.error.title-required");
        assertRefused(space, form("t", TODAY, TODAY.minusDays(1), CRITERIA), "closesOn", "calls.error.dates-order");
        assertRefused(space, form("t", null, TODAY, CRITERIA), "opensOn", "calls.error.dates-required");
        assertRefused(
                space,
                form("t", TODAY, TODAY, List.of(new Criterion("Impact", null, 0))),
                "criteria",
                "calls.error.weight-range");
        assertRefused(
                space,
                form("t", TODAY, TODAY, List.of(new Criterion(" ", "", 10))),
                "criteria",
                "calls.error.criterion-name-required");
        assertRefused(
                space,
                new CallForm(
                        "t", null, null, null, null, null, TODAY, TODAY, false, Set.of("XX"), Set.of(), 1, CRITERIA),
                "countries",
                "calls.error.country-invalid");
        assertRefused(
                space,
                new CallForm("t", null, null, null, null, null, TODAY, TODAY, false, Set.of(), Set.of(), 0, CRITERIA),
                "maxPerAssociation",
                "calls.error.max-range");
        assertRefused(space, form("t".repeat(151), TODAY, TODAY, CRITERIA), "titleEn", "calls.error.too-long");
        assertThat(jdbc.queryForObject("select count(*) from call_for_proposals", Integer.class))
                .isZero();
    }

    @Test
    void theLifecycleAllowsOnlyItsTransitions() {
        long space = space(AccessMode.OPEN).id();
        CallSummary withoutCriteria = calls.create(space, form("No criteria", TODAY, TODAY, List.of()));
        assertThatThrownBy(() -> calls.moveTo(withoutCriteria.id(), CallState.OPEN))
                .hasFieldOrPropertyWithValue("messageKey", "calls.error.criteria-required");
        long id = calls.create(space, form("Full", TODAY, TODAY.plusDays(10), CRITERIA))
                .id();
        assertThatThrownBy(() -> calls.moveTo(id, CallState.CLOSED))
                .hasFieldOrPropertyWithValue("messageKey", "calls.error.transition");
        assertThatThrownBy(() -> calls.moveTo(id, CallState.DECIDED))
                .hasFieldOrPropertyWithValue("messageKey", "calls.error.transition");
        assertThat(calls.moveTo(id, CallState.OPEN).acceptsSubmissions()).isTrue();
        assertThat(calls.moveTo(id, CallState.CLOSED).acceptsSubmissions()).isFalse();
        assertThat(calls.moveTo(id, CallState.OPEN).state()).isEqualTo(CallState.OPEN);
        calls.moveTo(id, CallState.CLOSED);
        CallSummary decided = calls.moveTo(id, CallState.DECIDED);
        for (CallState target : CallState.values()) {
            assertThatThrownBy(() -> calls.moveTo(id, target))
                    .hasFieldOrPropertyWithValue("messageKey", "calls.error.transition");
        }
        assertThatThrownBy(() -> calls.update(id, decided.version(), decided.form()))
                .hasFieldOrPropertyWithValue("messageKey", "calls.error.decided");
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> calls.moveTo(withoutCriteria.id(), CallState.OPEN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void submissionsAreAcceptedOnlyWhileOpenAndWithinTheDates() {
        long space = space(AccessMode.OPEN).id();
        long future = calls.create(space, form("Future", TODAY.plusDays(1), TODAY.plusDays(5), CRITERIA))
                .id();
        long past = calls.create(space, form("Past", TODAY.minusDays(10), TODAY.minusDays(1), CRITERIA))
                .id();
        long now = calls.create(space, form("Now", TODAY, TODAY, CRITERIA)).id();
        for (long id : new long[] {future, past, now}) {
            calls.moveTo(id, CallState.OPEN);
        }
        assertThat(calls.acceptsSubmissions(future)).isFalse();
        assertThat(calls.acceptsSubmissions(past)).isFalse();
        assertThat(calls.acceptsSubmissions(now)).isTrue();
        assertThat(calls.acceptsSubmissions(987654L)).isFalse();
    }

    @Test
    void draftsAreHiddenAndPrivateSpacesKeepTheirCallsSecret() {
        long open = space(AccessMode.OPEN).id();
        long hidden = space(AccessMode.PRIVATE).id();
        long draft = calls.create(open, form("Draft", TODAY, TODAY, CRITERIA)).id();
        long published =
                calls.create(open, form("Published", TODAY, TODAY, CRITERIA)).id();
        long secret =
                calls.create(hidden, form("Secret", TODAY, TODAY, CRITERIA)).id();
        calls.moveTo(published, CallState.OPEN);
        calls.moveTo(secret, CallState.OPEN);

        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(calls.visibleCalls()).extracting(CallSummary::id).containsExactly(published);
        assertThatThrownBy(() -> calls.get(draft)).isInstanceOf(CallNotFoundException.class);
        assertThatThrownBy(() -> calls.get(secret)).isInstanceOf(CallNotFoundException.class);
        assertThat(calls.get(published).mayManage()).isFalse();
    }

    @Test
    void aStaleEditIsRefused() {
        long space = space(AccessMode.OPEN).id();
        CallSummary call = calls.create(space, form("Youth", TODAY, TODAY, CRITERIA));
        calls.update(call.id(), call.version(), form("Youth and TVET", TODAY, TODAY, CRITERIA));
        assertThatThrownBy(() -> calls.update(call.id(), call.version(), call.form()))
                .hasFieldOrPropertyWithValue("messageKey", "calls.error.changed-meanwhile");
        assertThat(calls.get(call.id()).title(java.util.Locale.ENGLISH).text()).isEqualTo("Youth and TVET");
    }

    private void assertRefused(long space, CallForm form, String field, String key) {
        assertThatThrownBy(() -> calls.create(space, form))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
