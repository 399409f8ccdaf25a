package org.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SubjectAccess;
import org.passerelle.search.SearchBenchProbe;
import org.passerelle.search.SearchRequest;
import org.passerelle.search.SearchResults;
import org.passerelle.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Benchmark of the search at the size (run with {@code ./mvnw -B -o -Pbench test -Dtest='Search*Benchmark'
 * -Dsurefire.failIfNoSpecifiedTests=false}): {@link SearchCorpus} (10,000 proposals, 100,000 messages, 10,000
 * documents with their text in pages, 20 spaces, 200 associations), indexed through the real path (the rebuild
 * queues everything, the indexer takes it in) into a Lucene index on disk as in production; then the server time
 * of {@link SearchService#search} for common, rare, phrase, filtered, narrowed and deep-page queries, as STAFF and as
 * an association MEMBER with many keys; where that time goes (the person's keys, the exact total, the facets, the
 * snippets, the key filter); and the time to index 1,000 new documents. Figures, not timed assertions; the results
 * are checked for sense (the rare word is found, the member finds no more than the staff).
 */
abstract class SearchBenchmarkBase {

    static final int PROPOSALS = Integer.getInteger("bench.proposals", 10_000);
    static final int MESSAGES = Integer.getInteger("bench.messages", 100_000);
    static final int DOCUMENTS = Integer.getInteger("bench.documents", 10_000);
    static final int NEW_DOCUMENTS = Integer.getInteger("bench.new-documents", 1_000);
    static final int WARM_UP = Integer.getInteger("bench.warm-up", 20);
    static final int RUNS = Integer.getInteger("bench.runs", 60);
    static final String NEW_WORD = "Nyungwe";

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    abstract String database();

    /** The name of the report ({@code search-<slug>.md}) and of the index folder. */
    abstract String slug();

    /** The index on disk, in a folder of its own emptied before the context starts (as a first start). */
    static void indexOnDisk(DynamicPropertyRegistry registry, String name) {
        Path dir = Path.of("target", "bench", "search-index-" + name).toAbsolutePath();
        deleteRecursively(dir);
        registry.add("passerelle.search.in-memory", () -> "false");
        registry.add("passerelle.search.index-dir", dir::toString);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void searchAtScale() throws Exception {
        StringBuilder report = new StringBuilder();
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        long start = System.nanoTime();
        SearchCorpus corpus = SearchCorpus.create(context, accounts, PROPOSALS, MESSAGES, DOCUMENTS);
        double corpusSeconds = seconds(start);
        int corpusPages = corpus.pageCount;
        System.out.printf(
                "[bench] corpus written in %.1f s: %d proposals, %d messages, %d documents (%d pages)%n",
                corpusSeconds, corpus.proposalCount, corpus.messageCount, corpus.documentCount, corpusPages);

        // 1. the rebuild, through the real path
        assertThat(SearchBenchProbe.awaitIdle(context, Duration.ofMinutes(1))).isTrue();
        start = System.nanoTime();
        long queued = SearchBenchProbe.rebuild(context);
        double queueSeconds = seconds(start);
        assertThat(SearchBenchProbe.awaitIdleOnly(context, Duration.ofMinutes(60)))
                .as("rebuild finished within an hour")
                .isTrue();
        double rebuildSeconds = seconds(start);
        long entries = SearchBenchProbe.indexSize(context);
        assertThat(SearchBenchProbe.queued(context)).as("queue drained").isZero();
        assertThat(SearchBenchProbe.failed(context))
                .as("nothing failed to index")
                .isZero();
        assertThat(entries).isGreaterThan(corpus.messageCount + (long) corpusPages);
        long indexBytes = folderSize(Path.of("target", "bench", "search-index-" + slug()));
        System.out.printf(
                "[bench] rebuild: %d things queued in %.1f s, %d entries indexed in %.1f s (%.0f entries/s, %.0f"
                        + " things/s), index %.0f MB%n",
                queued,
                queueSeconds,
                entries,
                rebuildSeconds,
                entries / rebuildSeconds,
                queued / rebuildSeconds,
                indexBytes / 1e6);

        // where the indexing time goes: one batch of each kind, done again part by part (3 times, the last kept)
        List<SearchBenchProbe.BatchCost> costs = new ArrayList<>();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        int batch = SearchBenchProbe.batchSize();
        for (var kind : List.of(
                new Object[] {SearchKind.PROPOSAL, "proposal"},
                new Object[] {SearchKind.MESSAGE, "discussion_message"},
                new Object[] {SearchKind.DOCUMENT, "document"})) {
            List<Long> ids = jdbc.queryForList(
                    "select id from " + kind[1] + " order by id desc fetch first " + batch + " rows only", Long.class);
            SearchBenchProbe.BatchCost cost = null;
            for (int i = 0; i < 3; i++) {
                cost = SearchBenchProbe.indexBatch(context, (SearchKind) kind[0], ids);
            }
            costs.add(cost);
            System.out.println("[bench] " + cost);
        }

        // 2. searches, as STAFF and as MEMBER
        SearchService search = context.getBean(SearchService.class);
        SubjectAccess subjects = context.getBean(SubjectAccess.class);
        long openSpace = corpus.firstOpenSpace();
        List<Query> queries = List.of(
                new Query("common word: solar", SearchRequest.of("solar")),
                new Query("common French word: école", SearchRequest.of("école")),
                new Query("rare word: " + SearchText.RARE, SearchRequest.of(SearchText.RARE)),
                new Query("phrase: \"solar panels\"", SearchRequest.of("\"solar panels\"")),
                new Query(
                        "filtered: solar, kind DOCUMENT + one space",
                        new SearchRequest(
                                "solar", Set.of(SearchKind.DOCUMENT), openSpace, null, null, null, null, null, 0)),
                new Query(
                        "narrowed: solar, sector HEALTH + country RW + last year",
                        new SearchRequest("solar", Set.of(), null, null, "RW", "HEALTH", null, "year", 0)),
                new Query("page 5: solar", SearchRequest.of("solar").withPage(4)));
        Measure measure = new Measure(WARM_UP, RUNS);
        List<Measure.Result> results = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (TestAccounts.Person person : List.of(TestAccounts.STAFF, TestAccounts.MEMBER)) {
            accounts.signIn(person);
            String who = person == TestAccounts.STAFF ? "STAFF" : "MEMBER";
            int keys = subjects.readerKeys().size();
            for (Query query : queries) {
                SearchResults once = search.search(query.request(), Locale.ENGLISH);
                totals.add(String.format(Locale.ROOT, "| %s | %s | %d | %d |", who, query.label(), once.total(), keys));
                results.add(measure.time(
                        who + " — " + query.label(), () -> search.search(query.request(), Locale.ENGLISH)));
            }
        }
        checkResults(accounts, search, openSpace);

        // where the time goes (the common word), as each person
        List<Measure.Result> parts = new ArrayList<>();
        for (TestAccounts.Person person : List.of(TestAccounts.STAFF, TestAccounts.MEMBER)) {
            accounts.signIn(person);
            String who = person == TestAccounts.STAFF ? "STAFF" : "MEMBER";
            Set<String> keys = subjects.readerKeys();
            parts.add(measure.time(who + " — readerKeys() (" + keys.size() + " keys)", subjects::readerKeys));
            parts.add(measure.time(
                    who + " — Lucene: words + key filter, top 20, total counted to 100",
                    () -> SearchBenchProbe.query(
                            context, "solar", keys, new SearchBenchProbe.Variant(true, false, false, false))));
            parts.add(measure.time(
                    who + " — Lucene: words, no key filter, top 20, total counted to 100",
                    () -> SearchBenchProbe.query(
                            context, "solar", keys, new SearchBenchProbe.Variant(false, false, false, false))));
            parts.add(measure.time(
                    who + " — Lucene: + exact total",
                    () -> SearchBenchProbe.query(
                            context, "solar", keys, new SearchBenchProbe.Variant(true, true, false, false))));
            parts.add(measure.time(
                    who + " — Lucene: + exact total + 7 facets",
                    () -> SearchBenchProbe.query(
                            context, "solar", keys, new SearchBenchProbe.Variant(true, true, true, false))));
            parts.add(measure.time(
                    who + " — Lucene: + exact total + highlighted snippets",
                    () -> SearchBenchProbe.query(
                            context, "solar", keys, new SearchBenchProbe.Variant(true, true, false, true))));
            parts.add(measure.time(
                    who + " — Lucene: all of it (as the service)",
                    () -> SearchBenchProbe.query(
                            context, "solar", keys, new SearchBenchProbe.Variant(true, true, true, true))));
            parts.add(measure.time(
                    who + " — Lucene: all of it, rare word",
                    () -> SearchBenchProbe.query(
                            context, SearchText.RARE, keys, new SearchBenchProbe.Variant(true, true, true, true))));
        }
        TestAccounts.signOut();

        // 3. 1,000 new documents, through the queue
        start = System.nanoTime();
        List<Long> added = corpus.documents(NEW_DOCUMENTS, "new", NEW_WORD, true);
        double insertSeconds = seconds(start);
        long addedPages = corpus.pagesOf(added);
        start = System.nanoTime();
        SearchBenchProbe.queue(context, SearchKind.DOCUMENT, added);
        assertThat(SearchBenchProbe.awaitIdleOnly(context, Duration.ofMinutes(30)))
                .isTrue();
        double indexSeconds = seconds(start);
        assertThat(SearchBenchProbe.queued(context)).isZero();
        assertThat(SearchBenchProbe.failed(context)).isZero();
        accounts.signIn(TestAccounts.STAFF);
        assertThat(search.search(SearchRequest.of(NEW_WORD), Locale.ENGLISH).total())
                .as("every first page of the new documents is found")
                .isEqualTo(added.size());
        TestAccounts.signOut();
        System.out.printf(
                "[bench] %d new documents (%d pages): written in %.1f s, indexed in %.1f s (%.0f documents/s, %.0f"
                        + " pages/s)%n",
                added.size(),
                addedPages,
                insertSeconds,
                indexSeconds,
                added.size() / indexSeconds,
                addedPages / indexSeconds);

        // 4. the report
        Runtime runtime = Runtime.getRuntime();
        report.append("# Search on ")
                .append(database())
                .append("\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "Machine: %d cores (%s), %s, Java %s, max heap %d MB. Lucene index on disk (%s).%n%n",
                        runtime.availableProcessors(),
                        cpu(),
                        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                        System.getProperty("java.version"),
                        runtime.maxMemory() / (1024 * 1024),
                        "target/bench/search-index-" + slug()))
                .append("## Corpus\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "%d proposals (%d submitted: two entries each), %d messages, %d documents with %d pages of"
                                + " text, %d spaces (open, restricted, private), %d associations, %d calls; English and"
                                + " French text; written with JDBC batches in %.1f s.%n%n",
                        corpus.proposalCount,
                        corpus.proposalSubmitted.stream().filter(b -> b).count(),
                        corpus.messageCount,
                        corpus.documentCount,
                        corpusPages,
                        SearchCorpus.SPACES,
                        SearchCorpus.ASSOCIATIONS,
                        corpus.calls.size(),
                        corpusSeconds))
                .append("## Rebuild (SearchRebuild.rebuild() then the indexer until idle)\n\n")
                .append(
                        "| things queued | queueing | entries indexed | total time | entries/s | things/s | index size |\n")
                .append("|---|---|---|---|---|---|---|\n")
                .append(String.format(
                        Locale.ROOT,
                        "| %d | %.1f s | %d | %.1f s | %.0f | %.0f | %.0f MB |%n%n",
                        queued,
                        queueSeconds,
                        entries,
                        rebuildSeconds,
                        entries / rebuildSeconds,
                        queued / rebuildSeconds,
                        indexBytes / 1e6))
                .append("Where a batch of the indexer spends its time (one batch of ")
                .append(batch)
                .append(" things of a kind indexed again, part by part):\n\n")
                .append("| kind | things | entries | text | source.entries() | its SQL statements | index lookup"
                        + " | index write + commit | total |\n|---|---|---|---|---|---|---|---|---|\n");
        costs.forEach(c -> report.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.2f MB | %.0f ms | %d | %.0f ms | %.0f ms | %.0f ms |%n",
                c.kind(),
                c.things(),
                c.entries(),
                c.textMegabytes(),
                c.sourceMs(),
                c.sourceStatements(),
                c.lookupMs(),
                c.writeMs(),
                c.sourceMs() + c.lookupMs() + c.writeMs())));
        report.append('\n')
                .append("## Searches: SearchService.search, server time (")
                .append(WARM_UP)
                .append(" warm-up runs, then ")
                .append(RUNS)
                .append(")\n\n| who — query | median | p95 | SQL statements | runs |\n|---|---|---|---|---|\n");
        results.forEach(r -> report.append(r.line()).append('\n'));
        report.append(
                "\nHits found (total) and keys held:\n\n| who | query | total | reader keys |\n|---|---|---|---|\n");
        totals.forEach(t -> report.append(t).append('\n'));
        report.append("\n## Where the time goes (common word \"solar\")\n\n")
                .append("| who — part | median | p95 | SQL statements | runs |\n|---|---|---|---|---|\n");
        parts.forEach(r -> report.append(r.line()).append('\n'));
        report.append("\n## Indexing ")
                .append(NEW_DOCUMENTS)
                .append(" new documents (queued in one transaction, as the events do; until the indexer is idle)\n\n")
                .append("| documents | pages (entries) | rows written | indexed in | documents/s | pages/s |\n")
                .append("|---|---|---|---|---|---|\n")
                .append(String.format(
                        Locale.ROOT,
                        "| %d | %d | %.1f s | %.1f s | %.0f | %.0f |%n",
                        added.size(),
                        addedPages,
                        insertSeconds,
                        indexSeconds,
                        added.size() / indexSeconds,
                        addedPages / indexSeconds));
        Path out = Path.of("target", "bench", "search-" + slug() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** The results make sense: the rare word is found, a member finds no more than the staff, filters filter. */
    private void checkResults(TestAccounts accounts, SearchService search, long openSpace) {
        accounts.signIn(TestAccounts.STAFF);
        Set<String> staffRare = all(search, SearchText.RARE);
        accounts.signIn(TestAccounts.MEMBER);
        Set<String> memberRare = all(search, SearchText.RARE);
        assertThat(staffRare).as("the rare word is found by the staff").isNotEmpty();
        assertThat(memberRare).as("the rare word is found by the member").isNotEmpty();
        assertThat(staffRare).as("the staff finds what the member finds").containsAll(memberRare);
        assertThat(memberRare.size()).isLessThanOrEqualTo(staffRare.size());
        for (TestAccounts.Person person : List.of(TestAccounts.STAFF, TestAccounts.MEMBER)) {
            accounts.signIn(person);
            SearchResults filtered = search.search(
                    new SearchRequest("solar", Set.of(SearchKind.DOCUMENT), openSpace, null, null, null, null, null, 0),
                    Locale.ENGLISH);
            assertThat(filtered.hits()).isNotEmpty().allSatisfy(hit -> {
                assertThat(hit.kind()).isEqualTo(SearchKind.DOCUMENT);
                assertThat(hit.spaceId()).isEqualTo(openSpace);
            });
            SearchResults page5 = search.search(SearchRequest.of("solar").withPage(4), Locale.ENGLISH);
            assertThat(page5.page()).isEqualTo(4);
            assertThat(page5.hits()).hasSize(SearchService.PAGE_SIZE);
            assertThat(search.search(SearchRequest.of("\"solar panels\""), Locale.ENGLISH)
                            .hits())
                    .isNotEmpty()
                    .anySatisfy(hit -> assertThat(hit.snippetHtml()).containsIgnoringCase("<mark>solar"));
        }
        accounts.signIn(TestAccounts.STAFF);
        long staffCommon =
                search.search(SearchRequest.of("solar"), Locale.ENGLISH).total();
        accounts.signIn(TestAccounts.MEMBER);
        long memberCommon =
                search.search(SearchRequest.of("solar"), Locale.ENGLISH).total();
        assertThat(memberCommon).as("a member sees less than the staff").isLessThan(staffCommon);
        TestAccounts.signOut();
    }

    /** Every (kind, id) the signed-in person finds for these words, over all pages. */
    private static Set<String> all(SearchService search, String words) {
        Set<String> found = new HashSet<>();
        SearchResults page = search.search(SearchRequest.of(words), Locale.ENGLISH);
        assertThat(page.total()).as("few enough to read them all").isLessThan(SearchService.PAGE_SIZE * 10L);
        for (int p = 0; p < page.pages(); p++) {
            search.search(SearchRequest.of(words).withPage(p), Locale.ENGLISH)
                    .hits()
                    .forEach(hit -> found.add(hit.kind() + ":" + hit.id()));
        }
        return found;
    }

    private record Query(String label, SearchRequest request) {}

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long folderSize(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile)
                    .mapToLong(path -> {
                        try {
                            return Files.size(path);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }

    private static String cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException | UncheckedIOException e) {
            return "unknown CPU";
        }
    }
}
