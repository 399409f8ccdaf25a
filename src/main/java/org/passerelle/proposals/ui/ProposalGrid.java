package org.passerelle.proposals.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.proposals.ProposalView;

/** Proposals in a grid: title, state, 3E stage, country and sectors; a click opens the proposal. */
final class ProposalGrid extends Grid<ProposalView> {

    ProposalGrid() {
        addColumn(p -> p.content().title() == null
                        ? getTranslation("proposals.untitled")
                        : p.content().title())
                .setKey("title")
                .setHeader(getTranslation("proposals.section.TITLE"))
                .setFlexGrow(2)
                .setSortable(true);
        addColumn(p -> getTranslation(p.state().messageKey()))
                .setKey("state")
                .setHeader(getTranslation("proposals.state"));
        addColumn(p -> getTranslation(p.stage().messageKey()))
                .setKey("stage")
                .setHeader(getTranslation("proposals.stage.label"));
        addColumn(p -> p.content().country() == null
                        ? ""
                        : Countries.name(p.content().country(), getLocale()))
                .setKey("country")
                .setHeader(getTranslation("proposals.field.country"));
        addColumn(p -> p.content().sectors().stream()
                        .map(s -> getTranslation(s.messageKey()))
                        .collect(Collectors.joining(", ")))
                .setKey("sectors")
                .setHeader(getTranslation("proposals.section.SECTORS"));
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                ProposalPage.class, ProposalPage.parameters(click.getItem().id()))));
        setAllRowsVisible(true);
    }
}
