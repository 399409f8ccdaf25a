package org.passerelle.proposals.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.calls.CallNotFoundException;
import org.passerelle.calls.CallService;
import org.passerelle.proposals.ProposalFilter;
import org.passerelle.proposals.ProposalOrder;
import org.passerelle.proposals.ProposalRow;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;

/**
 * The proposals of a call the reader may see, filtered by state, sector and country, loaded from the
 * database page by page as the grid scrolls (sorted by latest change, or by title).
 */
@Route("calls/:id/proposals")
@PermitAll
public final class CallProposalsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final ComboBox<ProposalState> state = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final ProposalGrid grid = new ProposalGrid();
    private final ProposalService proposals;
    private final CallService calls;
    GridLazyDataView<ProposalRow> rows;
    private long callId;

    CallProposalsView(ProposalService proposals, CallService calls) {
        this.proposals = proposals;
        this.calls = calls;
        addClassName("passerelle-page");
        state.setLabel(getTranslation("proposals.state"));
        state.setItems(ProposalState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sector.setLabel(getTranslation("proposals.section.SECTORS"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        country.setLabel(getTranslation("proposals.field.country"));
        country.setItems(Countries.originChoices(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        state.addValueChangeListener(e -> filter());
        sector.addValueChangeListener(e -> filter());
        country.addValueChangeListener(e -> filter());
        HorizontalLayout filters = new HorizontalLayout(state, sector, country);
        filters.getStyle().set("flex-wrap", "wrap");
        grid.setPageSize(50);
        grid.getColumnByKey("title").setSortable(true);
        grid.setHeight("70vh");
        add(title, filters, grid);
    }

    static RouteParameters parameters(long callId) {
        return new RouteParameters("id", String.valueOf(callId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            callId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            title.setText(calls.get(callId).title(getLocale()).text());
            filter();
        } catch (NumberFormatException | CallNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void filter() {
        ProposalFilter chosen = new ProposalFilter(state.getValue(), sector.getValue(), country.getValue());
        rows =
                grid.setItems(
                        query -> proposals
                                .ofCall(
                                        callId,
                                        chosen,
                                        order(query.getSortOrders()),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                        query -> proposals.countOfCall(callId, chosen));
    }

    private static ProposalOrder order(java.util.List<com.vaadin.flow.data.provider.QuerySortOrder> sort) {
        if (sort.isEmpty()) {
            return ProposalOrder.LATEST_CHANGE;
        }
        return sort.getFirst().getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING
                ? ProposalOrder.TITLE_DESCENDING
                : ProposalOrder.TITLE_ASCENDING;
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}
