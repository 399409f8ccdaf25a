package org.passerelle.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.sessions.SessionsFixture.TODAY;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.audit.AuditLogProbe;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.MarkdownHtml;
import org.passerelle.proposals.ProposalView;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Scheduling, visibility, agenda and live rules against a real database; run on H2 and PostgreSQL. */
abstract class SessionServiceContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionService sessions;

    @Autowired
    LiveSessionService liveSessions;

    @Autowired
    RegistrationService registrations;

    TestAccounts accounts;
    SessionsFixture fixture;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new SessionsFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void staffScheduleASessionEnteredInBrusselsAndStoredInUtc() {
        long space = fixture.space(AccessMode.RESTRICTED);
        LocalDateTime start = LocalDateTime.of(TODAY.getYear() + 1, 7, 1, 14, 0); // summer: UTC+2
        SessionSummary session =
                fixture.schedule(space, SessionsFixture.form("Co-creation day", start, start.plusHours(3), 20));
        assertThat(jdbc.queryForObject(
                                "select starts_at from cocreation_session where id = ?", Timestamp.class, session.id())
                        .toInstant())
                .isEqualTo(start.minusHours(2).toInstant(ZoneOffset.UTC));
        accounts.signIn(TestAccounts.MEMBER);
        SessionSummary read = sessions.get(session.id());
        assertThat(SessionTimes.local(read.startsAt())).isEqualTo(start);
        assertThat(read.title()).isEqualTo("Co-creation day");
        assertThat(read.agenda()).extracting(AgendaLine::title).containsExactly("Welcome", "Proposals");
        assertThat(read.capacity()).isEqualTo(20);
        assertThat(read.mayFacilitate()).isFalse();
        assertThat(read.mayRegister()).isTrue();
        assertThat(read.toForm().startsAt()).isEqualTo(start);
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(new AuditLogProbe(context).actionsOfSpace(space)).contains("session.scheduled");
    }

    @Test
    void titleAndDescriptionAreBilingualWithAtLeastOneTitleAndBothAreSearchable() {
        long space = fixture.space(AccessMode.OPEN);
        SessionForm english = SessionsFixture.tomorrow("Health day", 10);
        SessionForm frenchOnly = new SessionForm(
                null,
                " Journée santé ",
                null,
                "Nous préparons les centres de santé.",
                english.startsAt(),
                english.endsAt(),
                english.place(),
                english.onlineLink(),
                10,
                english.agenda());
        SessionSummary saved = fixture.schedule(space, frenchOnly);
        assertThat(saved.titleEn()).isNull();
        assertThat(saved.titleFr()).isEqualTo("Journée santé");
        assertThat(saved.title(java.util.Locale.ENGLISH).text()).isEqualTo("Journée santé");
        assertThat(saved.title(java.util.Locale.ENGLISH).fallback()).isTrue();
        assertThat(saved.title(java.util.Locale.FRENCH).fallback()).isFalse();
        assertThat(saved.description(java.util.Locale.ENGLISH).language()).isEqualTo("fr");

        SessionForm neither = new SessionForm(
                " ", "", "Text", null, english.startsAt(), english.endsAt(), "Brussels", null, 10, List.of());
        assertThatThrownBy(() -> sessions.schedule(space, neither))
                .hasFieldOrPropertyWithValue("field", "title")
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.title-required");

        SessionSummary both = fixture.schedule(
                space,
                new SessionForm(
                        "Health day",
                        "Journée santé",
                        "We plan the clinics.",
                        "Nous préparons les dispensaires.",
                        english.startsAt(),
                        english.endsAt(),
                        "Brussels",
                        null,
                        10,
                        List.of()));
        var entry = context.getBean(SessionSearchSource.class)
                .entries(List.of(both.id()))
                .getFirst();
        assertThat(entry.titleEn()).isEqualTo("Health day");
        assertThat(entry.titleFr()).isEqualTo("Journée santé");
        assertThat(entry.text()).contains("We plan the clinics.", "Nous préparons les dispensaires.");
    }

    @Test
    void theSessionIsInProgressOnceTheFacilitatorStartsItEvenBeforeItsTime() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = fixture.schedule(space, SessionsFixture.tomorrow("Early start", 10));
        assertThat(session.phase(sessions.now())).isEqualTo(SessionPhase.UPCOMING);
        SessionSummary live = liveSessions.nextItem(session.id());
        assertThat(live.phase(sessions.now())).isEqualTo(SessionPhase.RUNNING);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.get(session.id()).phase(sessions.now())).isEqualTo(SessionPhase.RUNNING);
        assertThat(sessions.upcoming())
                .filteredOn(s -> s.id() == session.id())
                .singleElement()
                .satisfies(s -> assertThat(s.phase(sessions.now())).isEqualTo(SessionPhase.RUNNING));
        accounts.signIn(TestAccounts.STAFF);
        liveSessions.nextItem(session.id());
        SessionSummary over = liveSessions.nextItem(session.id()); // past the last item: the agenda is over
        assertThat(over.phase(sessions.now())).isEqualTo(SessionPhase.ENDED);
    }

    @Test
    void onlyStaffWhoModerateTheSpaceSchedule() {
        long space = fixture.space(AccessMode.OPEN);
        for (TestAccounts.Person person : List.of(TestAccounts.BOARD, TestAccounts.MEMBER, TestAccounts.OUTSIDER)) {
            accounts.signIn(person);
            assertThatThrownBy(() -> sessions.schedule(space, SessionsFixture.tomorrow("x", 5)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(SpaceService.class).setArchived(space, true);
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> sessions.schedule(space, SessionsFixture.tomorrow("x", 5)))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.archived");
        assertThat(count("cocreation_session")).isZero();
    }

    @Test
    void badSessionsAreRefusedOnTheirFieldAndNothingIsStored() {
        long space = fixture.space(AccessMode.OPEN);
        accounts.signIn(TestAccounts.STAFF);
        LocalDateTime start = TODAY.plusDays(2).atTime(10, 0);
        SessionForm ok = SessionsFixture.form("Good", start, start.plusHours(1), 10);
        assertRefused(space, with(ok, start, start.minusMinutes(30)), "endsAt", "sessions.error.end-before-start");
        assertRefused(space, with(ok, start, start), "endsAt", "sessions.error.end-before-start");
        assertRefused(space, with(ok, start, start.plusHours(13)), "endsAt", "sessions.error.too-long-session");
        assertRefused(space, with(ok, null, start), "startsAt", "sessions.error.times-required");
        assertRefused(
                space,
                agenda(ok, List.of(new AgendaItem("Long", 45, null), new AgendaItem("Longer", 30, null))),
                "agenda",
                "sessions.error.agenda-too-long");
        assertRefused(
                space,
                agenda(ok, List.of(new AgendaItem("Zero", 0, null))),
                "agenda",
                "sessions.error.item-duration-range");
        assertRefused(
                space,
                agenda(ok, List.of(new AgendaItem(" ", 5, null))),
                "agenda",
                "sessions.error.item-title-required");
        assertRefused(space, capacity(ok, 0), "capacity", "sessions.error.capacity-range");
        assertRefused(space, capacity(ok, -3), "capacity", "sessions.error.capacity-range");
        assertRefused(space, title(ok, " "), "title", "sessions.error.title-required");
        assertRefused(space, title(ok, "t".repeat(151)), "title", "sessions.error.too-long");
        assertRefused(space, title(ok, "bell\u0007"), "title", "sessions.error.control-characters");
        assertRefused(space, description(ok, "d".repeat(8001)), "description", "sessions.error.too-long");
        for (String link : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "ftp://files.example.org",
                "meet.example.org/room",
                "https://",
                "https://user:pw@meet.example.org",
                "http://exa mple.org")) {
            assertRefused(space, link(ok, "Room 1", link), "onlineLink", "sessions.error.link-invalid");
        }
        assertRefused(space, link(ok, " ", " "), "place", "sessions.error.where-required");
        assertThat(count("cocreation_session")).isZero();
        // one of place and link is enough
        assertThat(sessions.schedule(space, link(ok, null, "HTTPS://meet.example.org/x"))
                        .place())
                .isNull();
        assertThat(sessions.schedule(space, link(ok, "Brussels", null)).onlineLink())
                .isNull();
    }

    @Test
    void scriptAndHtmlInTextsAreKeptAsWrittenAndRenderedInert() {
        long space = fixture.space(AccessMode.OPEN);
        String script =
                "<script>alert('x')</script>\n\n**bold** <img src=x onerror=alert(1)> [go](javascript:alert(1))";
        SessionForm form = SessionsFixture.tomorrow("<b>Title</b>", 5);
        SessionSummary saved = fixture.schedule(space, description(form, script));
        assertThat(saved.title()).isEqualTo("<b>Title</b>");
        assertThat(saved.descriptionEn()).isEqualTo(script);
        String html = MarkdownHtml.render(saved.descriptionEn());
        assertThat(html)
                .doesNotContain("<script", "<img", "javascript:")
                .contains("&lt;script&gt;", "<strong>bold</strong>");
    }

    @Test
    void aSessionOfASpaceOneMayNotSeeIsNotFound() {
        long hidden = fixture.space(AccessMode.PRIVATE);
        SessionSummary session = fixture.schedule(hidden, SessionsFixture.tomorrow("Private", 5));
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> sessions.get(session.id())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> sessions.get(session.id() + 1000)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> registrations.register(session.id())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> liveSessions.nextItem(session.id())).isInstanceOf(SessionNotFoundException.class);
        assertThat(sessions.upcoming()).isEmpty();
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.upcoming()).extracting(SessionSummary::id).containsExactly(session.id());
    }

    @Test
    void aSessionOfARestrictedSpaceReachesItsMembersOnlyWhileOneOfAnOpenSpaceReachesAllWhoSeeIt() {
        long restricted = fixture.space(AccessMode.RESTRICTED);
        SessionSummary members = fixture.schedule(restricted, SessionsFixture.tomorrow("Members only", 5));
        long open = fixture.space(AccessMode.OPEN);
        SessionSummary everyone = fixture.schedule(open, SessionsFixture.tomorrow("Everyone", 5));
        accounts.signIn(TestAccounts.OUTSIDER); // sees the restricted space, is no member of it
        assertThat(context.getBean(org.passerelle.spaces.SpaceService.class)
                        .get(restricted)
                        .id())
                .isEqualTo(restricted);
        assertThatThrownBy(() -> sessions.get(members.id())).isInstanceOf(SessionNotFoundException.class);
        assertThat(sessions.ofSpace(restricted)).isEmpty();
        assertThat(sessions.upcoming()).extracting(SessionSummary::id).containsExactly(everyone.id());
        assertThat(context.getBean(org.passerelle.base.SubjectAccess.class)
                        .of(org.passerelle.base.SubjectRef.session(members.id()))
                        .see())
                .as("its material and thread follow the session")
                .isFalse();
        assertThat(sessions.get(everyone.id()).onlineLink()).isEqualTo(everyone.onlineLink());
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.get(members.id()).title()).isEqualTo("Members only");
        assertThat(sessions.upcoming()).extracting(SessionSummary::id).contains(members.id(), everyone.id());
    }

    @Test
    void onlyFacilitatorsChangeCancelAndDriveASession() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = fixture.schedule(space, SessionsFixture.tomorrow("Drive", 5));
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> liveSessions.nextItem(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-facilitator");
        assertThatThrownBy(() -> sessions.update(session.id(), session.version(), session.toForm()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.cancel(session.id(), "no")).isInstanceOf(AccessDeniedException.class);

        accounts.signIn(TestAccounts.ADMIN);
        SessionSummary first = liveSessions.nextItem(session.id());
        assertThat(first.current().title()).isEqualTo("Welcome");
        assertThat(first.timerEndsAt()).isNull();
        SessionSummary timed = liveSessions.startTimer(session.id());
        assertThat(timed.timerEndsAt()).isEqualTo(timed.timerStartedAt().plusSeconds(600));
        SessionSummary second = liveSessions.nextItem(session.id());
        assertThat(second.current().title()).isEqualTo("Proposals");
        assertThat(second.timerStartedAt()).isNull();
        assertThat(liveSessions.nextItem(session.id()).current()).isNull(); // the agenda is over
        assertThat(liveSessions.nextItem(session.id()).currentItem()).isEqualTo(2);
        assertThatThrownBy(() -> liveSessions.startTimer(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.no-current-item");
        assertThat(liveSessions.previousItem(session.id()).current().title()).isEqualTo("Proposals");
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.get(session.id()).current().title()).isEqualTo("Proposals");
    }

    @Test
    void staleEditsAndChangesToCancelledSessionsAreRefused() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = fixture.schedule(space, SessionsFixture.tomorrow("Edit", 5));
        SessionSummary edited = sessions.update(session.id(), session.version(), title(session.toForm(), "Edited"));
        assertThat(edited.title()).isEqualTo("Edited");
        assertThatThrownBy(() -> sessions.update(session.id(), session.version(), session.toForm()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.changed-meanwhile");
        SessionSummary cancelled = sessions.cancel(session.id(), "Strike: no trains");
        assertThat(cancelled.state()).isEqualTo(SessionState.CANCELLED);
        assertThat(cancelled.phase(sessions.now())).isEqualTo(SessionPhase.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Strike: no trains");
        assertThatThrownBy(() -> sessions.update(session.id(), cancelled.version(), session.toForm()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.cancelled");
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> registrations.register(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.cancelled");
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(new AuditLogProbe(context).actionsOfSpace(space))
                .contains("session.scheduled", "session.updated", "session.cancelled");
    }

    @Test
    void agendaItemsLinkOnlyProposalsOfTheSpaceThatTheSchedulerMaySee() {
        long space = fixture.space(AccessMode.OPEN);
        ProposalView proposal = fixture.submittedProposal(space, "Solar clinic");
        long otherSpace = fixture.space(AccessMode.OPEN);
        ProposalView elsewhere = fixture.submittedProposal(otherSpace, "Water point");
        ProposalView draft = fixture.draftProposal(proposal.callId(), proposal.associationId(), "Secret draft");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(sessions.linkableProposals(space))
                .extracting(ProposalChoice::id)
                .containsExactly(proposal.id());
        SessionForm base = SessionsFixture.tomorrow("Review", 5);
        assertRefused(
                space,
                agenda(base, List.of(new AgendaItem("x", 5, elsewhere.id()))),
                "agenda",
                "sessions.error.proposal-not-in-space");
        assertRefused(
                space,
                agenda(base, List.of(new AgendaItem("x", 5, draft.id()))),
                "agenda",
                "sessions.error.proposal-not-in-space");
        assertRefused(
                space,
                agenda(base, List.of(new AgendaItem("x", 5, 999_999L))),
                "agenda",
                "sessions.error.proposal-not-in-space");
        SessionSummary session =
                sessions.schedule(space, agenda(base, List.of(new AgendaItem("Solar", 30, proposal.id()))));
        assertThat(session.agenda().getFirst().proposalTitle()).isEqualTo("Solar clinic");

        accounts.signIn(TestAccounts.BOARD); // a member of the space: reads submitted proposals
        assertThat(sessions.get(session.id()).agenda().getFirst().proposalId()).isEqualTo(proposal.id());
        accounts.signIn(TestAccounts.OUTSIDER); // sees the open space, not its proposals
        AgendaLine line = sessions.get(session.id()).agenda().getFirst();
        assertThat(line.title()).isEqualTo("Solar");
        assertThat(line.proposalId()).isNull();
        assertThat(line.proposalTitle()).isNull();
    }

    void assertRefused(long space, SessionForm form, String field, String key) {
        assertThatThrownBy(() -> sessions.schedule(space, form))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static SessionForm with(SessionForm f, LocalDateTime start, LocalDateTime end) {
        return new SessionForm(
                f.title(), f.description(), start, end, f.place(), f.onlineLink(), f.capacity(), f.agenda());
    }

    static SessionForm agenda(SessionForm f, List<AgendaItem> agenda) {
        return new SessionForm(
                f.title(), f.description(), f.startsAt(), f.endsAt(), f.place(), f.onlineLink(), f.capacity(), agenda);
    }

    static SessionForm capacity(SessionForm f, int capacity) {
        return new SessionForm(
                f.title(), f.description(), f.startsAt(), f.endsAt(), f.place(), f.onlineLink(), capacity, f.agenda());
    }

    static SessionForm title(SessionForm f, String title) {
        return new SessionForm(
                title, f.description(), f.startsAt(), f.endsAt(), f.place(), f.onlineLink(), f.capacity(), f.agenda());
    }

    static SessionForm description(SessionForm f, String description) {
        return new SessionForm(
                f.title(), description, f.startsAt(), f.endsAt(), f.place(), f.onlineLink(), f.capacity(), f.agenda());
    }

    static SessionForm link(SessionForm f, String place, String link) {
        return new SessionForm(
                f.title(), f.description(), f.startsAt(), f.endsAt(), place, link, f.capacity(), f.agenda());
    }
}
