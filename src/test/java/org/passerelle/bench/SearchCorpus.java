package org.passerelle.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the search benchmark, written with JDBC batches into the real tables: {@value #SPACES} spaces (open,
 * restricted, private, each with a thread and two open calls), {@value #ASSOCIATIONS} associations, proposals (70 %
 * submitted, each with its version, those of MEMBER's associations all submitted), messages in the spaces' and
 * proposals' threads, and documents of spaces and proposals with their extracted text in pages (extraction DONE,
 * current). English and French text from {@link SearchText}; the {@link SearchText#RARE rare word} planted in a few
 * entries of each kind. MEMBER is an active member of {@value #MEMBER_ASSOCIATIONS} associations and a participant in
 * {@value #MEMBER_SPACES} spaces, three of them private: many keys to filter by.
 */
final class SearchCorpus {

    static final int SPACES = 20;
    static final int ASSOCIATIONS = 200;
    static final int CALLS_PER_SPACE = 2;
    static final int AUTHORS = 40;
    static final int MEMBER_ASSOCIATIONS = 8;
    static final int MEMBER_SPACES = 6;
    static final int PROPOSAL_THREADS = 3_000;
    private static final int CHUNK = 2_000;
    private static final String[] COUNTRIES = {"RW", "SN", "CD", "ML", "BI", "CM", "CI", "BJ"};
    private static final String[] STATES_SUBMITTED = {"SUBMITTED", "IN_REVIEW", "VOTING", "ACCEPTED", "DECLINED"};

    final List<Long> spaces = new ArrayList<>();
    final List<String> spaceModes = new ArrayList<>();
    final List<Long> calls = new ArrayList<>();
    final List<Long> callSpaces = new ArrayList<>();
    final List<Long> associations = new ArrayList<>();
    final List<Long> authors = new ArrayList<>();
    final List<Long> proposals = new ArrayList<>();
    final List<Long> proposalSpaces = new ArrayList<>();
    final List<Long> proposalAssociations = new ArrayList<>();
    final List<Boolean> proposalSubmitted = new ArrayList<>();
    int proposalCount;
    int messageCount;
    int documentCount;
    int pageCount;
    int rarePlanted;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final SearchText text = new SearchText(20_260_101L);
    private final Instant now = Instant.now();

    private SearchCorpus(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.json = context.getBean(JsonMapper.class);
    }

    static SearchCorpus create(
            ApplicationContext context, TestAccounts accounts, int proposals, int messages, int documents) {
        SearchCorpus corpus = new SearchCorpus(context);
        corpus.people(accounts);
        corpus.spaces(accounts);
        corpus.associations(accounts);
        corpus.proposals(accounts, proposals);
        corpus.messages(messages);
        corpus.documentsOfCorpus(documents);
        return corpus;
    }

    long firstOpenSpace() {
        return spaces.get(spaceModes.indexOf("OPEN"));
    }

    private Timestamp past(int maxDays) {
        return Timestamp.from(now.minus(Duration.ofMinutes(text.random().nextInt(maxDays * 24 * 60))));
    }

    private void people(TestAccounts accounts) {
        for (int i = 0; i < AUTHORS; i++) {
            TestAccounts.Person person = new TestAccounts.Person(
                    "author" + i + "@bench.example",
                    "Author " + i,
                    i % 2 == 0 ? "en" : "fr",
                    EnumSet.of(Role.ASSOCIATION_MEMBER),
                    true);
            accounts.insert(person);
            authors.add(accounts.idOf(person));
        }
    }

    private void spaces(TestAccounts accounts) {
        long admin = accounts.idOf(TestAccounts.ADMIN);
        long member = accounts.idOf(TestAccounts.MEMBER);
        String[] modes = {"OPEN", "RESTRICTED", "PRIVATE"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < SPACES; i++) {
            String mode = modes[i % 3];
            spaceModes.add(mode);
            String place = SearchText.PLACES[i % SearchText.PLACES.length];
            Timestamp created = past(700);
            rows.add(new Object[] {
                "Space of " + place,
                "Espace de " + place,
                text.text("en", 300),
                text.text("fr", 300),
                "ENGAGE",
                mode,
                admin,
                created,
                created
            });
        }
        jdbc.batchUpdate(
                "insert into space (title_en, title_fr, description_en, description_fr, stage, access_mode, archived,"
                        + " created_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, false, ?, ?, ?, 0)",
                rows);
        spaces.addAll(jdbc.queryForList("select id from space order by id", Long.class));
        // MEMBER takes part in the first spaces: two open or restricted and the first private ones
        List<Object[]> members = new ArrayList<>();
        Timestamp joined = Timestamp.from(now);
        int taken = 0;
        for (int i = 0; i < SPACES && taken < MEMBER_SPACES; i++) {
            if (spaceModes.get(i).equals("PRIVATE") || i < 4) {
                members.add(new Object[] {spaces.get(i), member, "PARTICIPANT", joined});
                taken++;
            }
        }
        jdbc.batchUpdate(
                "insert into space_member (space_id, account_id, role, joined_at) values (?, ?, ?, ?)", members);
        List<Object[]> callRows = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (long space : spaces) {
            for (int c = 0; c < CALLS_PER_SPACE; c++) {
                String lang = text.language();
                Timestamp created = past(600);
                callRows.add(new Object[] {
                    space,
                    text.title("en"),
                    text.title("fr"),
                    text.text("en", 800),
                    text.text("fr", 800),
                    text.text(lang, 400),
                    java.sql.Date.valueOf(today.minusDays(30)),
                    java.sql.Date.valueOf(today.plusDays(60)),
                    admin,
                    created,
                    created
                });
            }
        }
        jdbc.batchUpdate(
                "insert into call_for_proposals (space_id, title_en, title_fr, description_en, description_fr,"
                        + " guidance_en, opens_on, closes_on, state, verified_only, max_per_association, created_by,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', false, 100, ?, ?, ?,"
                        + " 0)",
                callRows);
        for (var row : jdbc.queryForList("select id, space_id from call_for_proposals order by id")) {
            calls.add(((Number) row.get("id")).longValue());
            callSpaces.add(((Number) row.get("space_id")).longValue());
        }
        List<Object[]> threads = new ArrayList<>();
        for (long space : spaces) {
            threads.add(new Object[] {"SPACE", space, space, past(700)});
        }
        insertThreads(threads);
    }

    private void associations(TestAccounts accounts) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ASSOCIATIONS; i++) {
            String place = SearchText.PLACES[i % SearchText.PLACES.length];
            String name = (i % 2 == 0 ? "Friends of " : "Association des amis de ") + place + " " + (i + 1);
            Timestamp created = past(900);
            rows.add(new Object[] {
                name, name.toLowerCase(Locale.ROOT), "A" + i, text.text(i % 2 == 0 ? "en" : "fr", 300), created, created
            });
        }
        jdbc.batchUpdate(
                "insert into association (name, normalized_name, acronym, description, residence, verified,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, 'BE', true, ?, ?, 0)",
                rows);
        associations.addAll(jdbc.queryForList("select id from association order by id", Long.class));
        List<Object[]> countries = new ArrayList<>();
        for (int i = 0; i < associations.size(); i++) {
            countries.add(new Object[] {associations.get(i), COUNTRIES[i % COUNTRIES.length]});
        }
        jdbc.batchUpdate("insert into association_country (association_id, country_code) values (?, ?)", countries);
        List<Object[]> memberships = new ArrayList<>();
        Timestamp joined = Timestamp.from(now);
        long member = accounts.idOf(TestAccounts.MEMBER);
        for (int i = 0; i < MEMBER_ASSOCIATIONS; i++) {
            memberships.add(new Object[] {associations.get(i), member, joined});
        }
        for (int i = 0; i < authors.size(); i++) {
            memberships.add(new Object[] {associations.get(i % associations.size()), authors.get(i), joined});
        }
        jdbc.batchUpdate(
                "insert into association_membership (association_id, account_id, status, contact, created_at)"
                        + " values (?, ?, 'ACTIVE', false, ?)",
                memberships);
    }

    private String rareOr(String text, boolean plant) {
        if (!plant) {
            return text;
        }
        rarePlanted++;
        return text + " The well of " + SearchText.RARE + " was dug by the parish.";
    }

    private void proposals(TestAccounts accounts, int count) {
        List<Object[]> rows = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        Sector[] sectors = Sector.values();
        for (int i = 0; i < count; i++) {
            int association = text.random().nextInt(ASSOCIATIONS);
            boolean submitted =
                    association < MEMBER_ASSOCIATIONS || text.random().nextInt(10) < 7;
            String state = submitted ? text.pick(STATES_SUBMITTED) : "DRAFT";
            int at = text.random().nextInt(calls.size());
            String lang = text.language();
            String title = text.title(lang);
            String country = text.pick(COUNTRIES);
            Set<Sector> chosen = EnumSet.of(sectors[text.random().nextInt(sectors.length)]);
            if (text.random().nextBoolean()) {
                chosen.add(sectors[text.random().nextInt(sectors.length)]);
            }
            ProposalContent content = new ProposalContent(
                    title,
                    text.text(lang, 200),
                    rareOr(text.text(lang, 700), i % 2_500 == 17),
                    text.text(lang, 400),
                    text.text(lang, 600),
                    text.sentence(lang),
                    country,
                    text.place(),
                    chosen,
                    new BigDecimal(5_000 + text.random().nextInt(95) * 1_000),
                    "EUR",
                    text.sentence(lang),
                    LocalDate.now().plusMonths(2),
                    LocalDate.now().plusMonths(14),
                    text.sentence(lang),
                    null,
                    text.sentence(lang),
                    text.text(lang, 300),
                    text.sentence(lang),
                    text.sentence(lang));
            String stored = json.writeValueAsString(content);
            contents.add(stored);
            String sectorList = chosen.stream().map(Enum::name).sorted().collect(Collectors.joining(",", ",", ","));
            Timestamp updated = past(720);
            long author = authors.get(text.random().nextInt(authors.size()));
            rows.add(new Object[] {
                calls.get(at),
                callSpaces.get(at),
                associations.get(association),
                state,
                title,
                stored,
                submitted ? 1 : null,
                author,
                updated,
                updated,
                country,
                sectorList,
                title,
                title.toLowerCase(Locale.ROOT),
                country,
                sectorList
            });
            proposalSpaces.add(callSpaces.get(at));
            proposalAssociations.add(associations.get(association));
            proposalSubmitted.add(submitted);
        }
        batch(
                "insert into proposal (call_id, space_id, association_id, state, title, content_json, version_count,"
                        + " submitted_version, created_by, created_at, updated_at, version, country, sectors,"
                        + " list_title, list_title_key, list_country, list_sectors) values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?,"
                        + " ?, 0, ?, ?, ?, ?, ?, ?)",
                rows);
        proposals.addAll(jdbc.queryForList("select id from proposal order by id", Long.class));
        proposalCount = proposals.size();
        List<Object[]> authorRows = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            Object[] row = rows.get(i);
            authorRows.add(new Object[] {proposals.get(i), row[7]});
            versions.add(new Object[] {proposals.get(i), row[7], row[8], contents.get(i)});
        }
        batch("insert into proposal_author (proposal_id, account_id) values (?, ?)", authorRows);
        batch(
                "insert into proposal_version (proposal_id, number, author_id, created_at, changed_sections,"
                        + " content_json) values (?, 1, ?, ?, 'SUMMARY', ?)",
                versions);
        List<Object[]> threads = new ArrayList<>();
        for (int i = 0; i < proposals.size() && threads.size() < PROPOSAL_THREADS; i++) {
            if (proposalSubmitted.get(i)) {
                threads.add(new Object[] {"PROPOSAL", proposals.get(i), proposalSpaces.get(i), past(600)});
            }
        }
        insertThreads(threads);
    }

    private void insertThreads(List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into discussion_thread (subject_type, subject_id, space_id, locked, created_at, version)"
                        + " values (?, ?, ?, false, ?, 0)",
                rows);
    }

    private void messages(int count) {
        List<Long> spaceThreads = jdbc.queryForList(
                "select id from discussion_thread where subject_type = 'SPACE' order by id", Long.class);
        List<Long> proposalThreads = jdbc.queryForList(
                "select id from discussion_thread where subject_type = 'PROPOSAL' order by id", Long.class);
        long openThread = jdbc.queryForObject(
                "select id from discussion_thread where subject_type = 'SPACE' and subject_id = ?",
                Long.class,
                firstOpenSpace());
        String[] openings = {"", "", "", "Thanks! ", "Merci ! ", "Good point. ", "Bonne idée. ", "@Author 3 "};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean rare = i % 20_000 == 11;
            long thread = rare
                    ? openThread
                    : text.random().nextBoolean()
                            ? spaceThreads.get(text.random().nextInt(spaceThreads.size()))
                            : proposalThreads.get(text.random().nextInt(proposalThreads.size()));
            String lang = text.language();
            StringBuilder body = new StringBuilder(text.pick(openings));
            int sentences = 1 + text.random().nextInt(3);
            for (int s = 0; s < sentences; s++) {
                body.append(text.sentence(lang)).append(' ');
            }
            String message = rareOr(body.toString().strip(), rare);
            rows.add(new Object[] {thread, authors.get(text.random().nextInt(authors.size())), message, past(700)});
            if (rows.size() == CHUNK) {
                insertMessages(rows);
            }
        }
        insertMessages(rows);
        messageCount = count;
    }

    private void insertMessages(List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into discussion_message (thread_id, author_id, body, created_at, deleted, hidden, auto_hidden,"
                        + " version) values (?, ?, ?, ?, false, false, false, 0)",
                rows);
        rows.clear();
    }

    private void documentsOfCorpus(int count) {
        List<Long> ids = documents(count, "doc", null, false);
        documentCount = ids.size();
    }

    /**
     * Writes {@code count} current documents with their extracted text (1 to 3 pages of 1,500 to 3,000 characters,
     * or {@code pages} pages when given), 60 % in spaces' libraries (all in the first open space when {@code
     * inOpenSpace}), the rest attached to proposals; {@code extraWord} (when not null) on every first page. Returns
     * their ids.
     */
    List<Long> documents(int count, String prefix, String extraWord, boolean inOpenSpace) {
        long before = maxId("document");
        long uploader = authors.get(0);
        HexFormat hex = HexFormat.of();
        byte[] sha = new byte[32];
        List<Object[]> rows = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lang = text.language();
            languages.add(lang);
            boolean ofProposal = !inOpenSpace && text.random().nextInt(10) < 4;
            String ownerType;
            long ownerId;
            Long spaceId;
            Long associationId = null;
            if (ofProposal) {
                int p = text.random().nextInt(proposals.size());
                ownerType = "PROPOSAL";
                ownerId = proposals.get(p);
                spaceId = proposalSpaces.get(p);
                associationId = proposalAssociations.get(p);
            } else {
                ownerType = "SPACE";
                ownerId = inOpenSpace
                        ? firstOpenSpace()
                        : spaces.get(text.random().nextInt(spaces.size()));
                spaceId = ownerId;
            }
            String place = text.place().toLowerCase(Locale.ROOT);
            String name = ("fr".equals(lang) ? "rapport-" : "report-") + place + "-" + prefix + "-" + (before + i + 1)
                    + ".pdf";
            text.random().nextBytes(sha);
            Timestamp uploaded = past(700);
            rows.add(new Object[] {
                ownerType,
                ownerId,
                ofProposal ? "" : ("fr".equals(lang) ? "Rapports" : "Reports"),
                name,
                "application/pdf",
                50_000 + text.random().nextInt(2_000_000),
                hex.formatHex(sha),
                associationId,
                spaceId,
                uploader,
                uploaded,
                uploaded,
                text.title(lang),
                lang
            });
        }
        batch(
                "insert into document (owner_type, owner_id, folder, name, version_no, is_current, media_type,"
                        + " size_bytes, sha256, association_id, space_id, uploaded_by, uploaded_at, extraction_state,"
                        + " state_changed_at, damaged, title, language) values (?, ?, ?, ?, 1, true, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'DONE', ?, false, ?, ?)",
                rows);
        List<Long> ids = jdbc.queryForList("select id from document where id > ? order by id", Long.class, before);
        List<List<String>> pagesOf = new ArrayList<>();
        List<Object[]> texts = new ArrayList<>();
        Timestamp created = Timestamp.from(now);
        for (int i = 0; i < ids.size(); i++) {
            int pages = 1 + text.random().nextInt(3);
            List<String> pageTexts = new ArrayList<>();
            long chars = 0;
            for (int p = 0; p < pages; p++) {
                String page = text.text(languages.get(i), 1_500 + text.random().nextInt(1_500));
                if (p == 0 && extraWord != null) {
                    page = page + " " + extraWord + ".";
                }
                if (p == 0 && extraWord == null) {
                    page = rareOr(page, i % 2_000 == 3);
                }
                pageTexts.add(page);
                chars += page.length();
            }
            pagesOf.add(pageTexts);
            texts.add(new Object[] {ids.get(i), chars, pages, created});
        }
        long textsBefore = maxId("document_text");
        batch(
                "insert into document_text (document_id, total_chars, page_count, truncated, created_at)"
                        + " values (?, ?, ?, false, ?)",
                texts);
        List<Long> textIds =
                jdbc.queryForList("select id from document_text where id > ? order by id", Long.class, textsBefore);
        List<Object[]> pageRows = new ArrayList<>();
        for (int i = 0; i < textIds.size(); i++) {
            List<String> pageTexts = pagesOf.get(i);
            for (int p = 0; p < pageTexts.size(); p++) {
                pageRows.add(new Object[] {textIds.get(i), p + 1, pageTexts.get(p)});
                pageCount++;
            }
            if (pageRows.size() >= CHUNK) {
                batch("insert into document_text_page (text_id, page_no, content) values (?, ?, ?)", pageRows);
                pageRows.clear();
            }
        }
        batch("insert into document_text_page (text_id, page_no, content) values (?, ?, ?)", pageRows);
        return ids;
    }

    /** How many pages of text these documents have (entries of the index). */
    long pagesOf(List<Long> documentIds) {
        long pages = 0;
        for (int from = 0; from < documentIds.size(); from += 500) {
            List<Long> part = documentIds.subList(from, Math.min(documentIds.size(), from + 500));
            String in = part.stream().map(String::valueOf).collect(Collectors.joining(","));
            Long found = jdbc.queryForObject(
                    "select count(*) from document_text_page p join document_text t on t.id = p.text_id"
                            + " where t.document_id in (" + in + ")",
                    Long.class);
            pages += found == null ? 0 : found;
        }
        return pages;
    }

    private long maxId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 0 : max;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }
}
