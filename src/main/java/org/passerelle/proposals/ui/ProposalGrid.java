package org.passerelle.proposals.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.PhoneCards;
import org.passerelle.proposals.ProposalRow;

/** Proposals in a grid: title, state, 3E stage, country and sectors; a click opens the proposal. */
final class ProposalGrid extends Grid<ProposalRow> {

    final PhoneCards<ProposalRow> phoneCards;

    ProposalGrid() {
        ComponentTexts.translated(this);
        addColumn(this::title)
                .setKey("title")
                .setHeader(getTranslation("proposals.section.TITLE"))
                .setFlexGrow(2);
        addColumn(p -> getTranslation(p.state().messageKey()))
                .setKey("state")
                .setHeader(getTranslation("proposals.state"));
        addColumn(p -> getTranslation(p.stage().messageKey()))
                .setKey("stage")
                .setHeader(getTranslation("proposals.stage.label"));
        addColumn(p -> p.country() == null ? "" : Countries.name(p.country(), getLocale()))
                .setKey("country")
                .setHeader(getTranslation("proposals.field.country"));
        addColumn(this::sectors).setKey("sectors").setHeader(getTranslation("proposals.section.SECTORS"));
        phoneCards = PhoneCards.on(
                this,
                this::title,
                p -> List.of(
                        getTranslation(p.state().messageKey()),
                        getTranslation(p.stage().messageKey()),
                        p.country() == null ? "" : Countries.name(p.country(), getLocale()),
                        sectors(p)));
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                ProposalPage.class, ProposalPage.parameters(click.getItem().id()))));
    }

    private String title(ProposalRow p) {
        return p.title() == null ? getTranslation("proposals.untitled") : p.title();
    }

    private String sectors(ProposalRow p) {
        return p.sectors().stream()
                .map(s -> getTranslation(s.messageKey()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** Short lists show every row; a call's list scrolls and loads page by page. */
    ProposalGrid allRowsVisible() {
        setAllRowsVisible(true);
        return this;
    }
}
