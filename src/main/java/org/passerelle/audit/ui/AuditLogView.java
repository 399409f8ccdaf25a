package org.passerelle.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.passerelle.accounts.AccountService;
import org.passerelle.audit.AuditFilter;
import org.passerelle.audit.AuditLine;
import org.passerelle.audit.AuditQueries;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.PhoneCards;
import org.passerelle.security.Role;

/**
 * The audit log for administrators (every entry) and staff (the entries of the spaces they manage): filters,
 * entries newest first read from the database a page at a time as one scrolls, in the reader's words (cards on a
 * phone), and the filtered entries as CSV. Nothing here changes an entry: the log is append-only.
 */
@Route("audit")
@RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
@Menu(order = 91, title = "nav.audit", icon = "vaadin:clipboard-text")
public final class AuditLogView extends Main implements HasDynamicTitle {

    final AuditFilterBar filters;
    final Span count = new Span();
    final Grid<AuditLine> grid = ComponentTexts.translated(new Grid<>());
    final PhoneCards<AuditLine> cards;
    final Anchor csv;
    private final AuditQueries queries;
    private AuditFilter filter = AuditFilter.NONE;

    AuditLogView(AuditQueries queries, AccountService accounts) {
        this.queries = queries;
        addClassName("passerelle-page");
        Locale reader = getLocale();
        filters = new AuditFilterBar(queries, accounts, this::refresh);
        grid.addColumn(AuditLine::when)
                .setKey("when")
                .setHeader(getTranslation("audit.view.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditLine::who).setKey("who").setHeader(getTranslation("audit.view.who"));
        grid.addColumn(AuditLine::what).setKey("what").setHeader(getTranslation("audit.view.what"));
        grid.addColumn(AuditLine::objectKind).setKey("object").setHeader(getTranslation("audit.view.object"));
        grid.addColumn(AuditLine::space).setKey("space").setHeader(getTranslation("audit.view.space"));
        grid.addColumn(AuditLine::details)
                .setKey("details")
                .setHeader(getTranslation("audit.view.details"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("audit.view.empty"));
        grid.setPageSize(50);
        grid.setHeight("70vh");
        cards = PhoneCards.on(
                grid,
                AuditLine::what,
                line -> List.of(line.when(), line.who(), line.objectKind(), line.space(), line.details()));
        csv = new Anchor(
                (DownloadHandler) download -> {
                    download.setFileName("audit.csv");
                    download.setContentType("text/csv;charset=UTF-8");
                    queries.writeCsv(filter, reader, download.getOutputStream());
                },
                getTranslation("audit.view.csv"));
        FlexLayout summary = new FlexLayout(count, csv);
        summary.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        summary.getStyle().set("gap", "var(--lumo-space-m, 1rem)").set("align-items", "baseline");
        add(new Paragraph(getTranslation("audit.view.intro")), filters, summary, grid);
        refresh();
    }

    /** Reads the entries again with the filters as they are now. */
    void refresh() {
        AuditFilter chosen = filters.filter();
        filter = chosen;
        Locale reader = getLocale();
        long total = queries.count(chosen);
        boolean more = total > queries.countMax();
        count.setText(
                more
                        ? getTranslation("audit.view.count-more", queries.countMax())
                        : getTranslation("audit.view.count", total));
        GridLazyDataView<AuditLine> rows = grid.setItems(
                query -> queries.lines(chosen, query.getOffset(), query.getLimit(), reader).stream(),
                query -> (int) total);
        if (more) {
            // past the count's limit the grid grows as one scrolls, like an endless list
            rows.setItemCountUnknown();
        }
    }

    AuditFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.view.title");
    }
}
