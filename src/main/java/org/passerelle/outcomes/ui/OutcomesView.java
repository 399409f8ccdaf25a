package org.passerelle.outcomes.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Objects;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.proposals.ProposalLifecycle;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.PublicOutcome;
import org.passerelle.proposals.PublicOutcomeFilter;
import org.passerelle.proposals.PublicOutcomes;
import org.passerelle.security.ui.LanguageSelection;
import org.passerelle.security.ui.LanguageSwitch;

/**
 * The public outcomes page, for anyone, signed in or not, outside the workspace's shell (which needs a signed-in
 * person): a banner with the page's only {@code h1}, the language switch and links to sign in and to the newsletter
 * archive; the main landmark with the filters (country, sector, stage) and one card per published project. Only
 * what {@link PublicOutcomes} gives is shown: nothing else of the workspace is public.
 */
@Route(value = "outcomes", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/outcomes.css")
public final class OutcomesView extends Div implements HasDynamicTitle {

    /** The newsletter archive: another module's page, linked by its address only. */
    static final String NEWSLETTERS = "newsletters";

    final LanguageSwitch languageSwitch;
    final H1 title = new H1();
    final Anchor signIn = new Anchor("login", "");
    final Anchor newsletters = new Anchor(NEWSLETTERS, "");
    final Select<String> country = new Select<>();
    final Select<Sector> sector = new Select<>();
    final Select<ProposalState> stage = new Select<>();
    final Paragraph count = new Paragraph();
    final Div list = new Div();
    private final PublicOutcomes outcomes;

    OutcomesView(PublicOutcomes outcomes, LanguageSelection languages) {
        this.outcomes = outcomes;
        addClassName("outcomes-page");
        languageSwitch = new LanguageSwitch(languages);
        title.setText(getTranslation("outcomes.title"));
        signIn.setText(getTranslation("outcomes.sign-in"));
        newsletters.setText(getTranslation("outcomes.newsletters"));
        // another page of the server, maybe not one of this application's views: the browser loads it
        newsletters.getElement().setAttribute("router-ignore", true);
        Header banner = new Header(title, new Div(newsletters, signIn, languageSwitch));
        banner.addClassName("outcomes-banner");

        Paragraph intro = new Paragraph(getTranslation("outcomes.intro"));
        List<PublicOutcome> all = outcomes.published(PublicOutcomeFilter.ANY, getLocale());
        filters(all);
        Section filterPanel = new Section(country, sector, stage);
        filterPanel.addClassName("outcomes-filters");
        filterPanel.getElement().setAttribute("aria-label", getTranslation("outcomes.filters"));
        count.addClassName("outcomes-count");
        count.getElement().setAttribute("role", "status");
        list.addClassName("outcomes-list");
        Main main = new Main(intro, filterPanel, count, list);
        main.addClassName("outcomes-main");

        Footer footer = new Footer(new Paragraph(getTranslation("outcomes.footer")));
        footer.addClassName("outcomes-footer");
        add(banner, main, footer);
        show(all);
    }

    private void filters(List<PublicOutcome> all) {
        country.setLabel(getTranslation("outcomes.filter.country"));
        country.setItems(all.stream()
                .map(PublicOutcome::country)
                .filter(Objects::nonNull)
                .distinct()
                .sorted(java.util.Comparator.comparing(code -> Countries.name(code, getLocale())))
                .toList());
        country.setItemLabelGenerator(
                code -> code == null ? getTranslation("outcomes.filter.any") : Countries.name(code, getLocale()));
        sector.setLabel(getTranslation("outcomes.filter.sector"));
        sector.setItems(all.stream()
                .flatMap(outcome -> outcome.sectors().stream())
                .distinct()
                .sorted(java.util.Comparator.comparing(s -> getTranslation(s.messageKey())))
                .toList());
        sector.setItemLabelGenerator(
                s -> s == null ? getTranslation("outcomes.filter.any") : getTranslation(s.messageKey()));
        stage.setLabel(getTranslation("outcomes.filter.stage"));
        stage.setItems(ProposalLifecycle.publishableStates().stream().sorted().toList());
        stage.setItemLabelGenerator(
                s -> s == null ? getTranslation("outcomes.filter.any") : getTranslation(s.messageKey()));
        for (Select<?> select : List.of(country, sector, stage)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("outcomes.filter.any"));
            select.addValueChangeListener(change -> refresh());
        }
    }

    private void refresh() {
        show(outcomes.published(
                new PublicOutcomeFilter(country.getValue(), sector.getValue(), stage.getValue()), getLocale()));
    }

    private void show(List<PublicOutcome> shown) {
        list.removeAll();
        boolean filtered = country.getValue() != null || sector.getValue() != null || stage.getValue() != null;
        if (shown.isEmpty()) {
            count.setText(getTranslation(filtered ? "outcomes.none-matching" : "outcomes.none"));
            return;
        }
        count.setText(getTranslation("outcomes.count", shown.size()));
        shown.forEach(outcome -> list.add(new OutcomeCard(outcome)));
    }

    /** The projects shown now, by title (for tests). */
    List<String> shownTitles() {
        return list.getChildren()
                .map(card -> ((OutcomeCard) card).title.getText())
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title") + " | " + getTranslation("app.name");
    }
}
