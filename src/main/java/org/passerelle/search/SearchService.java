package org.passerelle.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.util.common.data.Range;
import org.passerelle.base.Countries;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Languages;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Searches the index as the signed-in person: the keys they hold ({@link SubjectAccess#readerKeys}) filter inside
 * the query, so hits, totals, facets and snippets only ever count what they may see. Words match folded (case,
 * accents), English-stemmed and French-stemmed; titles weigh more than text.
 */
@Service
public class SearchService implements org.passerelle.base.TextFinder {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    public static final int PAGE_SIZE = 20;
    /** Hits beyond 50 pages are not reached by paging: a narrower search finds them. */
    public static final int MAX_PAGES = 50;
    /** Longer queries are refused with a message: nobody types more, and each word costs. */
    public static final int MAX_QUERY_LENGTH = 200;

    static final int MAX_WORDS = 24;
    private static final int SNIPPET = 180;
    private static final Set<SimpleQueryFlag> FLAGS = Set.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.PREFIX,
            SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE);
    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kind");
    private static final AggregationKey<Map<Long, Long>> SPACES = AggregationKey.of("space");
    private static final AggregationKey<Map<Long, Long>> CALLS = AggregationKey.of("call");
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("country");
    private static final AggregationKey<Map<String, Long>> SECTORS = AggregationKey.of("sector");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");
    private static final AggregationKey<Map<Range<Instant>, Long>> PERIODS = AggregationKey.of("period");

    private final SearchIndex index;
    private final SubjectAccess subjects;
    private final java.time.Clock clock;

    SearchService(SearchIndex index, SubjectAccess subjects, java.time.Clock clock) {
        this.index = index;
        this.subjects = subjects;
        this.clock = clock;
    }

    /**
     * One page of what the person may find. An empty query finds nothing (no error); a query longer than {@link
     * #MAX_QUERY_LENGTH} is refused with {@code search.error.too-long}.
     */
    @PreAuthorize("isAuthenticated()")
    public SearchResults search(SearchRequest request, Locale reader) {
        String words = words(request.text());
        if (words.isEmpty()) {
            return SearchResults.none(PAGE_SIZE);
        }
        Set<String> keys = subjects.readerKeys();
        if (keys.isEmpty()) {
            return SearchResults.none(PAGE_SIZE);
        }
        int page = Math.min(request.page(), MAX_PAGES - 1);
        Instant now = clock.instant();
        Map<String, Range<Instant>> periods = periods(now);
        boolean withFacets = page == 0;
        SearchResult<List<?>> result;
        try {
            result = fetch(words, keys, request, page, periods, reader, withFacets);
        } catch (RuntimeException failure) {
            if (!withFacets) {
                throw failure;
            }
            // Hibernate Search 8.2's Lucene terms aggregation fails now and then under load (a NullPointerException
            // in its extraction, seen about once in 100 searches of the soak benchmark): the results still count
            log.warn(
                    "Search: the facets could not be counted ({}); the results are shown without them",
                    failure.toString());
            withFacets = false;
            result = fetch(words, keys, request, page, periods, reader, false);
        }
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row, reader));
        }
        return new SearchResults(
                hits,
                result.total().isHitCountExact()
                        ? result.total().hitCount()
                        : result.total().hitCountLowerBound(),
                result.total().isHitCountExact(),
                page,
                PAGE_SIZE,
                withFacets ? facets(result, periods, reader) : Map.of());
    }

    /** One page of hits for these words and keys, with the facets' aggregations when asked. */
    private SearchResult<List<?>> fetch(
            String words,
            Set<String> keys,
            SearchRequest request,
            int page,
            Map<String, Range<Instant>> periods,
            Locale reader,
            boolean withFacets) {
        return index.read(session -> {
            var query = session.search(IndexedEntry.class)
                    .select(f -> f.composite()
                            .from(
                                    f.field("kind", String.class),
                                    f.field("subjectId", Long.class),
                                    f.field("part", Integer.class),
                                    f.field("titleEn", String.class),
                                    f.field("titleFr", String.class),
                                    f.field("link", String.class),
                                    f.field("date", Instant.class),
                                    f.field("spaceId", Long.class),
                                    f.highlight(snippetField(reader)).single())
                            .asList())
                    .where(f -> {
                        var predicate = f.bool()
                                .must(matching(f, words))
                                .filter(f.terms().field("keys").matchingAny(keys));
                        if (!request.kinds().isEmpty()) {
                            predicate.filter(f.terms()
                                    .field("kind")
                                    .matchingAny(request.kinds().stream()
                                            .map(Enum::name)
                                            .toList()));
                        }
                        if (request.spaceId() != null) {
                            predicate.filter(f.match().field("spaceId").matching(request.spaceId()));
                        }
                        if (request.callId() != null) {
                            predicate.filter(f.match().field("callId").matching(request.callId()));
                        }
                        if (request.country() != null) {
                            predicate.filter(f.match().field("country").matching(request.country()));
                        }
                        if (request.sector() != null) {
                            predicate.filter(f.match().field("sectors").matching(request.sector()));
                        }
                        if (request.language() != null) {
                            predicate.filter(f.match().field("language").matching(request.language()));
                        }
                        Range<Instant> period = request.period() == null ? null : periods.get(request.period());
                        if (period != null) {
                            predicate.filter(f.range().field("date").within(period));
                        }
                        return predicate;
                    })
                    .sort(f -> f.score().then().field("date").desc().missing().last())
                    .highlighter(h -> h.fastVector()
                            .tag("<mark>", "</mark>")
                            .encoder(HighlighterEncoder.HTML)
                            .fragmentSize(SNIPPET)
                            .numberOfFragments(1)
                            .noMatchSize(SNIPPET))
                    .truncateAfter(5, java.util.concurrent.TimeUnit.SECONDS);
            if (withFacets) {
                // the facets of the whole result, on its first page: they need every hit, which counts them too
                query.aggregation(
                                KINDS,
                                f -> f.terms().field("kind", String.class).maxTermCount(20))
                        .aggregation(
                                SPACES,
                                f -> f.terms().field("spaceId", Long.class).maxTermCount(20))
                        .aggregation(
                                CALLS,
                                f -> f.terms().field("callId", Long.class).maxTermCount(20))
                        .aggregation(
                                COUNTRIES,
                                f -> f.terms().field("country", String.class).maxTermCount(20))
                        .aggregation(
                                SECTORS,
                                f -> f.terms().field("sectors", String.class).maxTermCount(20))
                        .aggregation(
                                LANGUAGES,
                                f -> f.terms().field("language", String.class).maxTermCount(20))
                        .aggregation(
                                PERIODS,
                                f -> f.range().field("date", Instant.class).ranges(List.copyOf(periods.values())));
            } else {
                // later pages: count no further than paging can reach
                query.totalHitCountThreshold((long) MAX_PAGES * PAGE_SIZE);
            }
            return query.fetch(page * PAGE_SIZE, PAGE_SIZE);
        });
    }

    /**
     * For a module's own list (see {@link org.passerelle.base.TextFinder}): the same words, analysis and access
     * keys as {@link #search}, the ids only. Words the search would refuse find nothing here.
     */
    @Override
    @PreAuthorize("isAuthenticated()")
    public List<Long> find(SearchKind kind, String text, int max) {
        String words;
        try {
            words = words(text);
        } catch (InvalidInputException refused) {
            return List.of();
        }
        Set<String> keys = subjects.readerKeys();
        if (words.isEmpty() || keys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = index.read(session -> session.search(IndexedEntry.class)
                .select(f -> f.field("subjectId", Long.class))
                .where(f -> f.bool()
                        .must(matching(f, words))
                        .filter(f.match().field("kind").matching(kind.name()))
                        .filter(f.terms().field("keys").matchingAny(keys)))
                .fetchHits(Math.max(1, max)));
        return ids.stream().distinct().toList();
    }

    /** All the words, in any of the analysed fields, titles weighing more. */
    static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep matching(
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f, String words) {
        return f.simpleQueryString()
                .field("titleEn_folded")
                .boost(3f)
                .field("titleFr_folded")
                .boost(3f)
                .field("titleEn_en")
                .boost(2f)
                .field("titleFr_fr")
                .boost(2f)
                .field("text_folded")
                .boost(1.5f)
                .field("text_en")
                .field("text_fr")
                .matching(words)
                .defaultOperator(BooleanOperator.AND)
                .flags(FLAGS);
    }

    /** The query as the index reads it: trimmed, blanks collapsed, control characters dropped; refused when long. */
    static String words(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
        if (cleaned.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("query", "search.error.too-long", MAX_QUERY_LENGTH);
        }
        String[] words = cleaned.split(" ");
        if (words.length > MAX_WORDS) {
            throw new InvalidInputException("query", "search.error.too-many-words", MAX_WORDS);
        }
        // nothing to find in punctuation alone (e.g. "*" or "\"")
        return cleaned.chars().anyMatch(Character::isLetterOrDigit) ? cleaned : "";
    }

    private static SearchResults.Hit hit(List<?> row, Locale reader) {
        String titleEn = (String) row.get(3);
        String titleFr = (String) row.get(4);
        String shown = "fr".equals(reader.getLanguage()) ? titleFr : titleEn;
        String snippet = (String) row.get(8);
        return new SearchResults.Hit(
                SearchKind.valueOf((String) row.get(0)),
                (Long) row.get(1),
                (Integer) row.get(2),
                shown == null ? "" : shown,
                snippet == null ? "" : snippet,
                (String) row.get(5),
                (Instant) row.get(6),
                (Long) row.get(7));
    }

    /**
     * The one field whose fragment is shown (highlighting several costs each): the reader's language's. Both
     * stemmers also keep words as written, folded, so an exact word is marked in either; a fragment from the
     * start of the text stands in when nothing is marked.
     */
    private static String snippetField(Locale reader) {
        return "fr".equals(reader.getLanguage()) ? "text_fr" : "text_en";
    }

    private static Map<String, Range<Instant>> periods(Instant now) {
        Instant month = now.minus(Duration.ofDays(31));
        Instant year = now.minus(Duration.ofDays(366));
        Map<String, Range<Instant>> periods = new LinkedHashMap<>();
        periods.put("month", Range.atLeast(month));
        periods.put("year", Range.between(year, month));
        periods.put("older", Range.lessThan(year));
        return periods;
    }

    private Map<String, List<SearchResults.Facet>> facets(
            SearchResult<List<?>> result, Map<String, Range<Instant>> periods, Locale reader) {
        Map<String, List<SearchResults.Facet>> facets = new LinkedHashMap<>();
        facets.put("kind", counted(result.aggregation(KINDS), value -> value));
        Map<Long, Long> spaces = result.aggregation(SPACES);
        Map<Long, Long> calls = result.aggregation(CALLS);
        List<SubjectRef> named = new ArrayList<>();
        spaces.keySet().forEach(id -> named.add(SubjectRef.space(id)));
        calls.keySet().forEach(id -> named.add(SubjectRef.call(id)));
        // a facet names only what the reader may see itself
        Map<SubjectRef, String> titles = named.isEmpty() ? Map.of() : subjects.titles(named, reader);
        facets.put("space", labelled(spaces, id -> titles.get(SubjectRef.space(id))));
        facets.put("call", labelled(calls, id -> titles.get(SubjectRef.call(id))));
        facets.put("country", counted(result.aggregation(COUNTRIES), code -> Countries.name(code, reader)));
        facets.put("sector", counted(result.aggregation(SECTORS), value -> value));
        facets.put(
                "language",
                counted(
                        result.aggregation(LANGUAGES),
                        code -> Analysis.UNKNOWN_LANGUAGE.equals(code) ? code : Languages.name(code, reader)));
        Map<Range<Instant>, Long> byPeriod = result.aggregation(PERIODS);
        List<SearchResults.Facet> periodFacets = new ArrayList<>();
        periods.forEach((name, range) -> {
            long count = byPeriod.getOrDefault(range, 0L);
            if (count > 0) {
                periodFacets.add(new SearchResults.Facet(name, name, count));
            }
        });
        facets.put("period", periodFacets);
        return facets;
    }

    private static List<SearchResults.Facet> counted(
            Map<String, Long> counts, java.util.function.Function<String, String> label) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new SearchResults.Facet(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .collect(Collectors.toList());
    }

    private static List<SearchResults.Facet> labelled(
            Map<Long, Long> counts, java.util.function.Function<Long, String> label) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0 && label.apply(e.getKey()) != null)
                .sorted(Comparator.comparing(Map.Entry<Long, Long>::getValue).reversed())
                .map(e -> new SearchResults.Facet(String.valueOf(e.getKey()), label.apply(e.getKey()), e.getValue()))
                .collect(Collectors.toList());
    }
}
