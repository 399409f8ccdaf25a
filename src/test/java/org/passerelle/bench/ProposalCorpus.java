package org.passerelle.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A call with many proposals and their versions: one real proposal drafted, saved and submitted through
 * the services, then copied in batches with varied titles, states, countries, sectors and dates, each
 * copy with its co-authors and three versions of the full content.
 */
final class ProposalCorpus {

    static final String[] COUNTRIES = {"RW", "SN", "CD", "ML", "MA", "CM", "BI", "GN", "CI", "BJ"};
    static final ProposalState[] SUBMITTED_STATES = {
        ProposalState.SUBMITTED,
        ProposalState.IN_REVIEW,
        ProposalState.VOTING,
        ProposalState.ACCEPTED,
        ProposalState.DECLINED,
        ProposalState.REVISION_REQUESTED
    };

    final long callId;
    final long sampleId;
    final int size;

    private ProposalCorpus(long callId, long sampleId, int size) {
        this.callId = callId;
        this.sampleId = sampleId;
        this.size = size;
    }

    static ProposalCorpus create(ApplicationContext context, TestAccounts accounts, int size) {
        LocalDate today = LocalDate.now(TimeZones.OFFICE);
        accounts.signIn(TestAccounts.ADMIN);
        long spaceId = context.getBean(SpaceService.class)
                .create(new SpaceForm("Benchmark space", null, null, null, Stage.ENGAGE, AccessMode.OPEN))
                .id();
        CallService calls = context.getBean(CallService.class);
        long callId = calls.create(
                        spaceId,
                        new CallForm(
                                "Benchmark call",
                                null,
                                null,
                                null,
                                null,
                                null,
                                today,
                                today.plusDays(30),
                                false,
                                Set.of(),
                                EnumSet.noneOf(Sector.class),
                                20,
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        calls.moveTo(callId, CallState.OPEN);
        long associationId = context.getBean(AssociationService.class)
                .register(
                        new AssociationForm(
                                "Benchmark association",
                                "BA",
                                "Many proposals",
                                Set.of("RW"),
                                Residence.BE,
                                EnumSet.of(Sector.HEALTH),
                                null,
                                null,
                                null),
                        accounts.idOf(TestAccounts.MEMBER))
                .id();
        accounts.signIn(TestAccounts.MEMBER);
        ProposalService proposals = context.getBean(ProposalService.class);
        ProposalView draft = proposals.createDraft(callId, associationId, "Solar clinic");
        proposals.save(draft.id(), draft.lockVersion(), content(today, "No power at night. ".repeat(60)));
        ProposalView saved = proposals.get(draft.id());
        proposals.save(draft.id(), saved.lockVersion(), content(today, "No power and no water at night. ".repeat(60)));
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        copy(context.getBean(JdbcTemplate.class), draft.id(), size - 1, accounts.idOf(TestAccounts.BOTH));
        return new ProposalCorpus(callId, draft.id(), size);
    }

    private static void copy(JdbcTemplate jdbc, long sampleId, int copies, long coAuthor) {
        var sample = jdbc.queryForMap("select * from proposal where id = ?", sampleId);
        Random random = new Random(42);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            boolean submitted = random.nextInt(10) < 7;
            ProposalState state =
                    submitted ? SUBMITTED_STATES[random.nextInt(SUBMITTED_STATES.length)] : ProposalState.DRAFT;
            Sector first = Sector.values()[random.nextInt(Sector.values().length)];
            Sector second = Sector.values()[random.nextInt(Sector.values().length)];
            String sectors =
                    EnumSet.of(first, second).stream().map(Enum::name).sorted().reduce(",", (a, b) -> a + b + ",");
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String title = "Proposal " + i + " — " + first.name().toLowerCase();
            Timestamp updated = Timestamp.from(now.minus(random.nextInt(500_000), ChronoUnit.MINUTES));
            rows.add(new Object[] {
                sample.get("call_id"),
                sample.get("space_id"),
                sample.get("association_id"),
                state.name(),
                title,
                sample.get("content_json"),
                3,
                submitted ? 3 : null,
                sample.get("created_by"),
                updated,
                updated,
                country,
                sectors,
                title,
                title.toLowerCase(java.util.Locale.ROOT),
                country,
                sectors
            });
        }
        jdbc.batchUpdate(
                "insert into proposal (call_id, space_id, association_id, state, title, content_json, version_count,"
                        + " submitted_version, created_by, created_at, updated_at, version, country, sectors,"
                        + " list_title, list_title_key, list_country, list_sectors) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, 0, ?, ?, ?, ?, ?, ?)",
                rows);
        List<Long> ids = jdbc.queryForList(
                "select id from proposal where call_id = ? and id <> ? order by id",
                Long.class,
                sample.get("call_id"),
                sampleId);
        var versions = jdbc.queryForList(
                "select number, author_id, created_at, changed_sections, content_json from proposal_version"
                        + " where proposal_id = ? order by number",
                sampleId);
        List<Object[]> authors = new ArrayList<>();
        List<Object[]> versionRows = new ArrayList<>();
        for (long id : ids) {
            authors.add(new Object[] {id, sample.get("created_by")});
            authors.add(new Object[] {id, coAuthor});
            for (var version : versions) {
                versionRows.add(new Object[] {
                    id,
                    version.get("number"),
                    version.get("author_id"),
                    version.get("created_at"),
                    version.get("changed_sections"),
                    version.get("content_json")
                });
            }
            if (versionRows.size() >= 3_000) {
                insertVersions(jdbc, versionRows);
            }
        }
        insertVersions(jdbc, versionRows);
        jdbc.batchUpdate("insert into proposal_author (proposal_id, account_id) values (?, ?)", authors);
    }

    private static void insertVersions(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into proposal_version (proposal_id, number, author_id, created_at, changed_sections,"
                        + " content_json) values (?, ?, ?, ?, ?, ?)",
                rows);
        rows.clear();
    }

    static ProposalContent content(LocalDate today, String problem) {
        return new ProposalContent(
                "Solar clinic",
                "A clinic powered by the sun",
                problem,
                "Light the clinic. ".repeat(40),
                "Install panels. ".repeat(40),
                "3,000 patients",
                "RW",
                "Nyamagabe",
                EnumSet.of(Sector.HEALTH),
                new java.math.BigDecimal("25000"),
                "EUR",
                "Panels",
                today.plusMonths(2),
                today.plusMonths(14),
                "Q2: panels",
                null,
                "Engineers",
                "Night care. ".repeat(40),
                "Local technicians",
                null);
    }
}
