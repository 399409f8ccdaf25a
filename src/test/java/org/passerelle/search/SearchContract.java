package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.SearchKind;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalSamples;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Search through the real modules, database and index: what each reader finds (the version of a proposal they
 * may read), the analysis of English and French, and hostile queries.
 */
abstract class SearchContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchService search;

    @Autowired
    ProposalService proposals;

    TestAccounts accounts;
    VotingFixture fixture;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
        SearchProbe.rebuild(context);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<SearchResults.Hit> find(TestAccounts.Person reader, String words) {
        accounts.signIn(reader);
        return search.search(SearchRequest.of(words), Locale.ENGLISH).hits();
    }

    /** A draft by MEMBER whose "problem" section says these words. */
    private ProposalView draft(String title, String problem) {
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView draft = proposals.createDraft(fixture.callId, fixture.associationId, title);
        return proposals.save(draft.id(), draft.lockVersion(), ProposalSamples.complete(title, problem));
    }

    @Test
    void aDraftIsFoundByItsAssociationOnlyAndReviewersFindTheSubmittedVersionOnly() {
        ProposalView draft = draft("Solar kiosk", "Solar panels for the health centre of Huye");
        SearchProbe.settle(context);
        assertThat(find(TestAccounts.MEMBER, "huye"))
                .extracting(SearchResults.Hit::id)
                .containsExactly(draft.id());
        assertThat(find(TestAccounts.BOTH, "huye"))
                .as("a member of the association")
                .hasSize(1);
        assertThat(find(TestAccounts.BOARD, "huye"))
                .as("a draft, not submitted")
                .isEmpty();
        assertThat(find(TestAccounts.STAFF, "huye")).isEmpty();
        assertThat(find(TestAccounts.OUTSIDER, "huye")).isEmpty();

        accounts.signIn(TestAccounts.MEMBER);
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        SearchProbe.settle(context);
        assertThat(find(TestAccounts.BOARD, "huye")).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchKind.PROPOSAL);
            assertThat(hit.part())
                    .as("unchanged since submitted: one entry for all")
                    .isEqualTo(1);
            assertThat(hit.link()).isEqualTo("proposals/" + draft.id());
            assertThat(hit.snippetHtml()).contains("<mark>Huye</mark>");
        });
        assertThat(find(TestAccounts.STAFF, "huye")).hasSize(1);
        assertThat(find(TestAccounts.BOTH, "huye"))
                .as("in the association and a reviewer: found once")
                .hasSize(1);
        assertThat(find(TestAccounts.BOTH, "huye"))
                .as("in the association and a reviewer: found once")
                .hasSize(1);
        assertThat(find(TestAccounts.OUTSIDER, "huye")).isEmpty();
    }

    @Test
    void frenchAndEnglishWordsMatchTheirOtherFormsAndAccentsDoNotMatter() {
        ProposalView french = draft("École de Huye", "Des projets d'électrification pour l'école primaire");
        ProposalView english = draft("Orchards", "Two orchards for the children's cooperatives of Musanze");
        SearchProbe.settle(context);
        assertThat(find(TestAccounts.MEMBER, "ecole"))
                .extracting(SearchResults.Hit::id)
                .containsExactly(french.id());
        assertThat(find(TestAccounts.MEMBER, "projet"))
                .extracting(SearchResults.Hit::id)
                .containsExactly(french.id());
        assertThat(find(TestAccounts.MEMBER, "electrification")).hasSize(1);
        assertThat(find(TestAccounts.MEMBER, "orchard"))
                .extracting(SearchResults.Hit::id)
                .containsExactly(english.id());
        assertThat(find(TestAccounts.MEMBER, "cooperative")).hasSize(1);
        assertThat(find(TestAccounts.MEMBER, "\"children's cooperatives\"")).hasSize(1);
        assertThat(find(TestAccounts.MEMBER, "\"cooperatives children's\""))
                .as("a phrase keeps its order")
                .isEmpty();
        assertThat(find(TestAccounts.MEMBER, "MUSANZE")).hasSize(1);
        assertThat(find(TestAccounts.MEMBER, "musan*")).as("a prefix").hasSize(1);
        assertThat(find(TestAccounts.MEMBER, "orchard -musanze")).isEmpty();
    }

    @Test
    void aDocumentWithoutTextIsStillFoundByItsName() {
        ProposalView draft = draft("Solar kiosk", "Solar panels for Huye");
        accounts.signIn(TestAccounts.MEMBER);
        long id = org.passerelle.documents.DocumentsFixture.upload(
                        context.getBean(org.passerelle.documents.DocumentUploads.class),
                        org.passerelle.base.SubjectRef.proposal(draft.id()),
                        "plan-kigali-2027.png",
                        org.passerelle.documents.TestFiles.png(400, 300))
                .document()
                .id();
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        org.passerelle.documents.DocumentsFixture.await(
                "the blank image is read",
                () -> "EMPTY"
                        .equals(jdbc.queryForObject(
                                "select extraction_state from document where id = ?", String.class, id)));
        SearchProbe.settle(context);
        assertThat(find(TestAccounts.MEMBER, "kigali"))
                .as("no text in the file, its name is still searched")
                .singleElement()
                .satisfies(hit -> {
                    assertThat(hit.kind()).isEqualTo(SearchKind.DOCUMENT);
                    assertThat(hit.id()).isEqualTo(id);
                });
    }

    @Test
    void hostileQueriesFindNothingOrAreRefusedWithAMessage() {
        draft("Solar kiosk", "Solar panels for Huye");
        SearchProbe.settle(context);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(search.search(SearchRequest.of(""), Locale.ENGLISH).total()).isZero();
        assertThat(search.search(SearchRequest.of("   "), Locale.ENGLISH).total())
                .isZero();
        assertThatThrownBy(() -> search.search(SearchRequest.of("solar ".repeat(2_000)), Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("search.error.too-long");
        for (String syntax : List.of(
                "\"",
                "*",
                ":",
                "(",
                "~",
                "\\",
                "solar:",
                "(solar",
                "solar~2",
                "\"solar",
                "a\\b",
                "*solar",
                "AND OR NOT",
                "<script>alert(1)</script>",
                "' or 1=1 --")) {
            assertThat(search.search(SearchRequest.of(syntax), Locale.ENGLISH).hits())
                    .as(syntax)
                    .allSatisfy(hit -> assertThat(hit.title()).isEqualTo("Solar kiosk"));
        }
        assertThat(search.search(SearchRequest.of("solar:"), Locale.ENGLISH).total())
                .isEqualTo(1);
    }

    @Test
    void markupInATextIsEscapedInTheSnippetAndOnlyTheMatchedWordsAreMarked() {
        draft("Kiosk", "Panels <script>alert(1)</script> and <b>bold</b> claims for Nyanza");
        SearchProbe.settle(context);
        assertThat(find(TestAccounts.MEMBER, "nyanza")).singleElement().satisfies(hit -> {
            assertThat(hit.snippetHtml())
                    .contains("&lt;script&gt;")
                    .doesNotContain("<script")
                    .doesNotContain("<b>");
            assertThat(hit.snippetHtml().replace("<mark>Nyanza</mark>", "")).doesNotContain("<mark>");
        });
    }
}
