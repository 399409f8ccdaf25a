package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.StateNodes;
import org.passerelle.TestAccounts;
import org.passerelle.base.TimeZones;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.ProposalSamples;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ReviewService;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Choice;
import org.passerelle.voting.Conflict;
import org.passerelle.voting.VoteForm;
import org.passerelle.voting.VotingFixture;

/**
 * The proposal page leads with what the reader must know and do: a header in words and in the reader's formats
 * (no stored code anywhere), then what awaits this reader, with the part of the page it concerns before the
 * written sections; empty sections take one line. The sample proposal: Rwanda, health, 25,000 euros.
 */
class ProposalPageTest extends KaribuTest {

    /** Codes as they are stored: none may reach a reader. */
    private static final Pattern RAW_CODE =
            Pattern.compile("\\b(HEALTH|RW|EUR|DRAFT|SUBMITTED|IN_REVIEW|VOTING|ENGAGE|COUNTRY_REGION)\\b");

    VotingFixture fixture;

    @BeforeEach
    void spaceCallAndAssociation() {
        fixture = new VotingFixture(context, accounts);
    }

    @Test
    void theHeaderSaysEverythingInWordsAndInTheReadersFormats() {
        ProposalView proposal = fixture.proposalInReview("Solar clinic");
        LocalDate today = LocalDate.now(TimeZones.OFFICE);

        signIn(TestAccounts.MEMBER); // French
        ProposalPage page = open(proposal);
        assertThat(facts(page))
                .containsEntry("Association", "Ubumwe Bruxelles")
                .containsEntry("Appel", "Centres de santé")
                .containsEntry("Pays et région", "Rwanda — Nyamagabe")
                .containsEntry("Secteurs", "Santé")
                .containsEntry("Budget estimé", "25 000 €")
                .containsEntry(
                        "Soumise le",
                        DateTimeFormatter.ofPattern("d MMM y", Locale.FRENCH).format(today));
        assertThat(stages(page)).containsExactly("Habiliter", "Engager", "Autonomiser", "En examen");
        assertThat(Jsoup.parseBodyFragment(
                                _get(page.header, StageIndicator.class).html())
                        .select("[aria-current=step]")
                        .eachText())
                .containsExactly("Engager");
        assertThat(page.getPageTitle()).isEqualTo("Solar clinic");
        assertThat(pageText(page)).contains("No power at night").doesNotContainPattern(RAW_CODE);

        signIn(TestAccounts.STAFF); // English
        page = open(proposal);
        assertThat(Jsoup.parseBodyFragment(page.header.facts.getElement().getProperty("innerHTML"))
                        .select("dd > a")
                        .eachAttr("href"))
                .as("the call, a link to its page")
                .containsExactly("calls/" + proposal.callId());
        assertThat(facts(page))
                .containsEntry("Call", "Health centres")
                .containsEntry("Country and region", "Rwanda — Nyamagabe")
                .containsEntry("Sectors", "Health")
                .containsEntry("Budget estimate", "€25,000")
                .containsEntry(
                        "Submitted on",
                        DateTimeFormatter.ofPattern("d MMM y", Locale.UK).format(today));
        assertThat(stages(page)).containsExactly("Enable", "Engage", "Empower", "In review");
        assertThat(pageText(page)).doesNotContainPattern(RAW_CODE);
        assertThat(Jsoup.parseBodyFragment(page.text.html()).text()).contains("€25,000");
    }

    @Test
    void emptySectionsTakeOneLineAndTheOthersFoldAway() {
        ProposalView proposal = fixture.proposalInReview("Solar clinic"); // no partners, no risks
        signIn(TestAccounts.STAFF);
        ProposalPage page = open(proposal);
        assertThat(page.text.sections)
                .extracting(ProposalText.Shown::name)
                .contains("Problem and context", "Budget estimate", "Timeline")
                .doesNotContain("Partners", "Risks", "Title", "Summary");
        Document sent = Jsoup.parseBodyFragment(page.text.html());
        assertThat(sent.select("details.proposal-section > summary").eachText())
                .isEqualTo(page.text.sections.stream()
                        .map(ProposalText.Shown::name)
                        .toList());
        assertThat(sent.select("details.proposal-section"))
                .as("open at first")
                .allMatch(details -> details.hasAttr("open"));
        assertThat(page.text.empty.getText()).isEqualTo("Not filled in: Partners, Risks.");
        page.text.setAllOpened(false);
        assertThat(Jsoup.parseBodyFragment(page.text.html()).select("details.proposal-section"))
                .hasSize(page.text.sections.size())
                .noneMatch(details -> details.hasAttr("open"));
        assertThat(StateNodes.count(page.text))
                .as("the written sections are one element, however many there are")
                .isLessThanOrEqualTo(4);
    }

    @Test
    void theSectionsAreSentAsHtmlInWhichNothingRuns() {
        String hostile = "**Night** <script>alert(1)</script><img src=x onerror=alert(2)>"
                + " [a](javascript:alert(3)) </details></div><details open onclick=alert(4)>";
        ProposalService proposals = context.getBean(ProposalService.class);
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView draft = proposals.createDraft(fixture.callId, fixture.associationId, "Hostile");
        ProposalContent sample = ProposalSamples.complete("Hostile", hostile);
        proposals.save(
                draft.id(),
                draft.lockVersion(),
                new ProposalContent(
                        sample.title(),
                        sample.summary(),
                        sample.problem(),
                        sample.objectives(),
                        sample.activities(),
                        sample.beneficiaries(),
                        sample.country(),
                        sample.region(),
                        sample.sectors(),
                        sample.budgetAmount(),
                        sample.currency(),
                        hostile,
                        sample.startDate(),
                        sample.endDate(),
                        hostile,
                        hostile,
                        sample.diasporaContribution(),
                        sample.expectedImpact(),
                        sample.sustainability(),
                        hostile));

        signIn(TestAccounts.MEMBER);
        ProposalPage page = open(draft);
        Document sent = Jsoup.parseBodyFragment(page.text.html());
        assertThat(sent.select("script, img, [onclick], [onerror], a[href^=javascript]"))
                .isEmpty();
        assertThat(sent.select("details"))
                .as("one per written section: the text cannot close one or open another")
                .hasSize(page.text.sections.size());
        assertThat(sent.select("strong").eachText()).contains("Night");
        assertThat(sent.text())
                .as("shown as text, under the reader's (French) section names")
                .contains("<script>alert(1)</script>", "<details open onclick=alert(4)>", "Partenaires", "Risques");
    }

    @Test
    void aBoardMemberWhoHasNotVotedFindsTheBallotBeforeTheText() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotView ballot = context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(false));

        signIn(TestAccounts.BOARD);
        ProposalPage page = open(proposal);
        assertThat(jumps(page)).singleElement().asString().startsWith("Declare your conflicts, then vote — Closes ");
        assertThat(position(page, org.passerelle.voting.ui.BallotPanel.class))
                .as("the ballot comes before the written sections")
                .isLessThan(position(page, ProposalText.class));
        assertThat(position(page, NextSteps.class))
                .isLessThan(position(page, org.passerelle.voting.ui.BallotPanel.class));

        accounts.signIn(TestAccounts.BOARD);
        BallotService ballots = context.getBean(BallotService.class);
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        page = open(proposal);
        assertThat(jumps(page)).singleElement().asString().startsWith("To vote — Closes ");
        ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null));
        page = open(proposal);
        assertThat(jumps(page)).as("voted: nothing awaits").isEmpty();
        assertThat(page.next.isVisible()).isFalse();
        assertThat(position(page, org.passerelle.voting.ui.BallotPanel.class))
                .as("once voted, the ballot goes back after the text")
                .isGreaterThan(position(page, ProposalText.class));

        signIn(TestAccounts.BOTH); // co-author, hence recused: nothing to vote
        page = open(proposal);
        assertThat(jumps(page)).isEmpty();
    }

    @Test
    void anAuthorWithAQuestionWaitingFindsTheAnswerFirst() {
        ProposalView proposal = fixture.proposalInReview("Solar clinic");
        accounts.signIn(TestAccounts.BOARD);
        context.getBean(ReviewService.class).ask(proposal.id(), "Who maintains the panels?");

        signIn(TestAccounts.MEMBER); // French, co-author
        ProposalPage page = open(proposal);
        assertThat(page.next.heading.getText()).isEqualTo("Ce qui vous attend");
        assertThat(jumps(page)).containsExactly("Répondre à la question qui vous attend");
        assertThat(position(page, ReviewPanel.class)).isLessThan(position(page, ProposalText.class));
        _setValue(_get(page.review, TextArea.class), "Local technicians");
        _click(_get(page.review, Button.class, spec -> spec.withText("Envoyer la réponse")));
        assertThat(jumps(page)).as("the answer given, nothing awaits").isEmpty();

        accounts.signIn(TestAccounts.BOARD);
        context.getBean(ReviewService.class).ask(proposal.id(), "And the batteries?");
        context.getBean(ReviewService.class).ask(proposal.id(), "And the roof?");
        signIn(TestAccounts.BOARD); // the one who asked: nothing to answer
        page = open(proposal);
        assertThat(jumps(page)).isEmpty();
        assertThat(position(page, ReviewPanel.class)).isGreaterThan(position(page, ProposalText.class));

        signIn(TestAccounts.MEMBER);
        page = open(proposal);
        assertThat(jumps(page)).containsExactly("Répondre aux 2 questions qui vous attendent");
    }

    @Test
    void staffFindTriageAsTheirNextStepOnASubmittedProposal() {
        ProposalService proposals = context.getBean(ProposalService.class);
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView draft = proposals.createDraft(fixture.callId, fixture.associationId, "Solar clinic");
        proposals.save(draft.id(), draft.lockVersion(), ProposalSamples.complete("Solar clinic", "No power"));
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);

        signIn(TestAccounts.STAFF);
        ProposalPage page = open(draft);
        assertThat(page.next.heading.getText()).isEqualTo("What awaits you");
        Button triage = _get(page.next, Button.class, spec -> spec.withText("Move to review"));
        assertThat(triage.hasThemeName("primary")).isTrue();
        assertThat(_get(page.next, Button.class, spec -> spec.withText("Request a revision"))
                        .hasThemeName("primary"))
                .isFalse();
        assertThat(position(page, NextSteps.class)).isLessThan(position(page, ProposalText.class));

        signIn(TestAccounts.BOARD); // a board member of the space: nothing to do on a submitted proposal
        page = open(draft);
        assertThat(page.next.isVisible()).isFalse();
    }

    @Test
    void theFollowUpDatesAreTheReadersToo() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic"); // STAFF signed in
        context.getBean(ProposalService.class).act(proposal.id(), ProposalAction.ACCEPT, "Relevant and feasible");
        context.getBean(org.passerelle.proposals.FollowUpService.class)
                .addMilestone(proposal.id(), "Panels installed", LocalDate.of(2027, 3, 1));

        signIn(TestAccounts.STAFF);
        ProposalPage page = open(proposal);
        assertThat(_find(page.followUp, com.vaadin.flow.component.checkbox.Checkbox.class))
                .extracting(com.vaadin.flow.component.checkbox.Checkbox::getLabel)
                .containsExactly("Panels installed — 1 Mar 2027");
        signIn(TestAccounts.MEMBER);
        page = open(proposal);
        assertThat(_find(page.followUp, com.vaadin.flow.component.checkbox.Checkbox.class))
                .extracting(com.vaadin.flow.component.checkbox.Checkbox::getLabel)
                .containsExactly("Panels installed — 1 mars 2027");
    }

    private ProposalPage open(ProposalView proposal) {
        navigate("proposals/" + proposal.id());
        return _get(ProposalPage.class);
    }

    /** The header's facts, term → value, spaces as a person sees them (the JDK groups digits with narrow ones). */
    private static Map<String, String> facts(ProposalPage page) {
        Map<String, String> facts = new LinkedHashMap<>();
        org.jsoup.select.Elements items = Jsoup.parseBodyFragment(
                        "<dl>" + page.header.facts.getElement().getProperty("innerHTML") + "</dl>")
                .select("dl > *");
        for (int i = 0; i + 1 < items.size(); i += 2) {
            assertThat(items.get(i).tagName()).isEqualTo("dt");
            assertThat(items.get(i + 1).tagName()).isEqualTo("dd");
            facts.put(seen(items.get(i).text()), seen(items.get(i + 1).text()));
        }
        return facts;
    }

    private static List<String> jumps(ProposalPage page) {
        return _find(page.next.jumps, Button.class).stream()
                .map(Button::getText)
                .toList();
    }

    private static List<String> texts(Component root) {
        return _find(root, Component.class).stream()
                .map(ProposalPageTest::text)
                .filter(t -> !t.isBlank())
                .toList();
    }

    /** Every text of the page's element tree, rendered Markdown included, whatever the components. */
    private static String pageText(ProposalPage page) {
        StringBuilder text = new StringBuilder();
        collect(page.getElement(), text);
        return text.toString().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append(" | ");
            return;
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            text.append(html.replaceAll("<[^>]*>", " ")).append(" | ");
        }
        element.getChildren().forEach(child -> collect(child, text));
    }

    /** The 3E stages' badges and the state's, as sent. */
    private static List<String> stages(ProposalPage page) {
        return Jsoup.parseBodyFragment(_get(page.header, StageIndicator.class).html())
                .select("span[theme~=badge]")
                .eachText();
    }

    private static String seen(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static String text(Component component) {
        return component
                .getElement()
                .getTextRecursively()
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    /** Where the first part of this type sits among the page's parts, in reading order. */
    private static int position(ProposalPage page, Class<? extends Component> part) {
        List<Component> parts = page.getChildren().toList();
        for (int i = 0; i < parts.size(); i++) {
            if (part.isInstance(parts.get(i)) || !_find(parts.get(i), part).isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no " + part.getSimpleName() + " on the page");
    }
}
