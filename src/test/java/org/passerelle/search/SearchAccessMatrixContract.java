package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.TestAccounts.Person;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.discussions.MessageService;
import org.passerelle.documents.DocumentService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.search.SearchScenario.Planted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Search through the real modules and index, as every person: a made-up word of each thing is found exactly when
 * the person may see the thing (as {@link SubjectAccess} answers for that person); totals and facets count nothing
 * else; hidden and removed messages, profiles out of the pool, other associations' drafts and the words of a
 * draft under revision stay unfound; and the index follows deletions and the changes that open a thing to more
 * people.
 */
abstract class SearchAccessMatrixContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchService search;

    @Autowired
    SubjectAccess subjects;

    TestAccounts accounts;
    SearchScenario scenario;

    /** What one thing is in the index: its kind and id. */
    record Thing(SearchKind kind, long id) {}

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        SearchProbe.rebuild(context);
        scenario = new SearchScenario(context, accounts).build();
        scenario.awaitText();
        SearchProbe.settle(context);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private SearchResults find(Person person, String word) {
        accounts.signIn(person);
        return search.search(SearchRequest.of(word), Locale.ENGLISH);
    }

    private static Set<Thing> things(SearchResults results) {
        return results.hits().stream()
                .map(hit -> new Thing(hit.kind(), hit.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The disagreements of one person's search for every planted word with what they may see. */
    private List<String> mismatches(Person person) {
        Map<String, List<Planted>> byWord = new LinkedHashMap<>();
        scenario.planted.forEach(
                p -> byWord.computeIfAbsent(p.word(), w -> new ArrayList<>()).add(p));
        List<String> found = new ArrayList<>();
        byWord.forEach((word, planted) -> {
            accounts.signIn(person);
            subjects.forget();
            Set<Thing> must = new LinkedHashSet<>();
            Set<Thing> may = new LinkedHashSet<>();
            Set<Long> spacesSeen = new LinkedHashSet<>();
            for (Planted p : planted) {
                Boolean expected = p.expected(subjects);
                Thing thing = new Thing(p.kind(), p.id());
                if (Boolean.TRUE.equals(expected)) {
                    must.add(thing);
                }
                if (expected == null || expected) {
                    may.add(thing);
                }
            }
            SearchResults results = find(person, word);
            Set<Thing> hits = things(results);
            String about = String.format(
                    "%s searching %s (%s): found %s, hits %s, total %d",
                    person.email(),
                    word,
                    planted.stream().map(Planted::what).toList(),
                    hits,
                    results.hits().stream()
                            .map(h -> h.kind() + " " + h.id() + "#" + h.part())
                            .toList(),
                    results.total());
            if (!hits.containsAll(must)) {
                found.add(about + " — misses " + difference(must, hits));
            }
            if (!may.containsAll(hits)) {
                found.add(about + " — finds what they may not see: " + difference(hits, may));
            }
            if (results.total() != results.hits().size()) {
                found.add(about + " — the total counts other things");
            }
            found.addAll(facetMismatches(about, results, spacesSeen));
        });
        return found;
    }

    private List<String> facetMismatches(String about, SearchResults results, Set<Long> unused) {
        List<String> found = new ArrayList<>();
        Map<String, List<SearchResults.Facet>> facets = results.facets();
        Map<String, Long> kinds = results.hits().stream()
                .collect(Collectors.groupingBy(h -> h.kind().name(), Collectors.counting()));
        Map<String, Long> kindFacet = facets.getOrDefault("kind", List.of()).stream()
                .collect(Collectors.toMap(SearchResults.Facet::value, SearchResults.Facet::count));
        if (!kindFacet.equals(kinds)) {
            found.add(about + " — kind facet " + kindFacet + " but hits by kind " + kinds);
        }
        Map<String, Long> spaces = results.hits().stream()
                .filter(h -> h.spaceId() != null)
                .collect(Collectors.groupingBy(h -> String.valueOf(h.spaceId()), Collectors.counting()));
        for (SearchResults.Facet facet : facets.getOrDefault("space", List.of())) {
            if (!subjects.may(SubjectRef.space(Long.parseLong(facet.value())), org.passerelle.base.Access.Right.SEE)) {
                found.add(about + " — a facet names space " + facet.value() + ", which they do not see");
            }
            if (facet.count() != spaces.getOrDefault(facet.value(), 0L)) {
                found.add(about + " — space facet " + facet + " but hits in it " + spaces.get(facet.value()));
            }
        }
        for (String name : List.of("call", "language", "period", "country", "sector")) {
            for (SearchResults.Facet facet : facets.getOrDefault(name, List.of())) {
                if (facet.count() > results.total()) {
                    found.add(about + " — facet " + name + " " + facet + " counts more than the total");
                }
            }
        }
        return found;
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> rest = new LinkedHashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    @Test
    void everyPersonFindsEachThingExactlyWhenTheyMaySeeIt() {
        List<String> mismatches = new ArrayList<>();
        for (Person person : SearchScenario.PEOPLE) {
            mismatches.addAll(mismatches(person));
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aWordInAVisibleAndAnInvisibleThingIsCountedOnceForWhoSeesOneOnly() {
        SearchResults outsider = find(TestAccounts.OUTSIDER, scenario.shared);
        assertThat(things(outsider)).containsExactly(new Thing(SearchKind.SPACE, scenario.openSpace));
        assertThat(outsider.total()).isEqualTo(1);
        assertThat(outsider.facets().get("kind"))
                .extracting(SearchResults.Facet::value, SearchResults.Facet::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPACE", 1L));
        assertThat(outsider.facets().get("space"))
                .extracting(SearchResults.Facet::value)
                .containsExactly(String.valueOf(scenario.openSpace));
        SearchResults board = find(TestAccounts.BOARD, scenario.shared);
        assertThat(board.total()).as("a member of both spaces").isEqualTo(2);
        assertThat(board.facets().get("kind"))
                .extracting(SearchResults.Facet::count)
                .containsExactly(2L);
    }

    @Test
    void draftsStayWithTheirAssociationAndReviewersReadOnlyTheSubmittedVersion() {
        Planted revised = scenario.of(
                        p -> p.id() == scenario.revisionProposal && p.rule() == SearchScenario.Rule.AUTHORS)
                .getFirst();
        Planted submittedOnly = scenario.of(
                        p -> p.id() == scenario.revisionProposal && p.rule() == SearchScenario.Rule.AT_MOST_SEE)
                .getFirst();
        Planted otherDraft = scenario.of(p -> p.id() == scenario.otherDraft && p.kind() == SearchKind.PROPOSAL)
                .getFirst();
        for (Person reviewer : List.of(TestAccounts.BOARD, TestAccounts.STAFF, TestAccounts.ADMIN)) {
            assertThat(find(reviewer, revised.word()).total())
                    .as("%s, the draft under revision", reviewer.email())
                    .isZero();
            assertThat(things(find(reviewer, submittedOnly.word())))
                    .as("%s, the submitted version", reviewer.email())
                    .containsExactly(new Thing(SearchKind.PROPOSAL, scenario.revisionProposal));
        }
        assertThat(find(TestAccounts.MEMBER, revised.word()).total()).isEqualTo(1);
        for (Person stranger : List.of(TestAccounts.MEMBER, TestAccounts.BOTH, TestAccounts.OUTSIDER)) {
            assertThat(find(stranger, otherDraft.word()).total())
                    .as("%s, another association's draft", stranger.email())
                    .isZero();
        }
        assertThat(find(SearchScenario.OTHER, otherDraft.word()).total()).isEqualTo(1);
        assertThat(find(SearchScenario.OTHER, revised.word()).total()).isZero();
    }

    @Test
    void hiddenRemovedAndDeletedThingsAreNotFound() {
        for (long id : List.of(scenario.hiddenMessage, scenario.removedMessage)) {
            Planted message = scenario.of(p -> p.kind() == SearchKind.MESSAGE && p.id() == id)
                    .getFirst();
            for (Person person : SearchScenario.PEOPLE) {
                assertThat(find(person, message.word()).total())
                        .as("%s, %s", person.email(), message.what())
                        .isZero();
            }
        }
        Planted document = scenario.of(p -> p.kind() == SearchKind.DOCUMENT && p.id() == scenario.openSpaceDocument)
                .getFirst();
        Planted shown = scenario.of(p -> p.kind() == SearchKind.MESSAGE && p.id() == scenario.shownMessage)
                .getFirst();
        assertThat(find(TestAccounts.OUTSIDER, document.word()).total()).isEqualTo(1);
        assertThat(find(TestAccounts.OUTSIDER, shown.word()).total()).isEqualTo(1);

        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(DocumentService.class).delete(scenario.openSpaceDocument);
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(MessageService.class).remove(scenario.shownMessage);
        SearchProbe.settle(context);

        for (Person person : List.of(TestAccounts.ADMIN, TestAccounts.MEMBER, TestAccounts.BOTH)) {
            assertThat(find(person, document.word()).total())
                    .as("%s, a deleted document", person.email())
                    .isZero();
            assertThat(find(person, shown.word()).total())
                    .as("%s, a removed message", person.email())
                    .isZero();
        }
    }

    @Test
    void theDocumentsOfACallOrProposalAreFoundByTheirNewReadersOnceItOpens() {
        Planted callDocument = scenario.of(
                        p -> p.kind() == SearchKind.DOCUMENT && p.what().contains("CALL " + scenario.draftCall))
                .getFirst();
        Planted proposalDocument = scenario.of(
                        p -> p.kind() == SearchKind.DOCUMENT && p.what().contains("PROPOSAL " + scenario.draftProposal))
                .getFirst();
        assertThat(find(TestAccounts.BOARD, callDocument.word()).total())
                .as("a draft call's")
                .isZero();
        assertThat(find(TestAccounts.BOARD, proposalDocument.word()).total())
                .as("a draft's")
                .isZero();

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(CallService.class).moveTo(scenario.draftCall, CallState.OPEN);
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(ProposalService.class).act(scenario.draftProposal, ProposalAction.SUBMIT, null);
        SearchProbe.settle(context);

        for (Person person : SearchScenario.PEOPLE) {
            accounts.signIn(person);
            subjects.forget();
            boolean seesCall = subjects.may(SubjectRef.call(scenario.draftCall), org.passerelle.base.Access.Right.SEE);
            boolean seesProposal =
                    subjects.may(SubjectRef.proposal(scenario.draftProposal), org.passerelle.base.Access.Right.SEE);
            assertThat(find(person, callDocument.word()).total())
                    .as("%s, the document of a call now open", person.email())
                    .isEqualTo(seesCall ? 1 : 0);
            assertThat(find(person, proposalDocument.word()).total())
                    .as("%s, the document of a proposal now submitted", person.email())
                    .isEqualTo(seesProposal ? 1 : 0);
        }
        assertThat(find(TestAccounts.BOARD, callDocument.word()).total()).isEqualTo(1);
        assertThat(find(TestAccounts.BOARD, proposalDocument.word()).total()).isEqualTo(1);
    }

    @Test
    void aProfileLeavesTheResultsWhenItsAccountIsDisabled() {
        Planted inPool = scenario.of(p -> p.kind() == SearchKind.PROFILE && p.rule() == SearchScenario.Rule.ANYONE)
                .getFirst();
        assertThat(find(TestAccounts.OUTSIDER, inPool.word()).total()).isEqualTo(1);

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(org.passerelle.accounts.AccountService.class)
                .setEnabled(accounts.idOf(TestAccounts.BOARD), false);
        SearchProbe.settle(context);

        assertThat(find(TestAccounts.OUTSIDER, inPool.word()).total())
                .as("the directory leaves out a disabled account at once; so does the search")
                .isZero();
    }
}
