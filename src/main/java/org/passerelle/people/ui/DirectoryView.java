package org.passerelle.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.people.DirectoryEntry;
import org.passerelle.people.DirectoryFilter;
import org.passerelle.people.DirectoryService;

/**
 * The directory of the expert and speaker pool: search and filters above, one card per person below. The
 * grid fetches the cards page by page as the reader scrolls, so the list stays light however large the
 * pool grows; its single column of wrapping cards reads well on a phone.
 */
@Route("directory")
@PermitAll
@Menu(order = 31, title = "nav.directory", icon = "vaadin:search")
public final class DirectoryView extends Main implements HasDynamicTitle {

    final DirectoryFilters filters;
    final Span count = new Span();
    final Paragraph none = new Paragraph();
    final Grid<DirectoryEntry> results = ComponentTexts.translated(new Grid<>());
    private final DirectoryService directory;

    DirectoryView(DirectoryService directory) {
        this.directory = directory;
        addClassName("passerelle-page");
        filters = new DirectoryFilters(directory.skills(), this::refresh);
        count.getElement().setAttribute("role", "status"); // read out when the results change
        none.setText(getTranslation("people.directory.none"));

        results.addComponentColumn(PersonCard::new)
                .setKey("person")
                .setHeader(getTranslation("people.directory.results"));
        results.addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setSelectionMode(Grid.SelectionMode.NONE);
        results.setPageSize(DirectoryService.PAGE_MAX / 2);
        results.setHeight("70vh");
        results.setItems(
                query -> directory.find(current(), query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(current()));

        add(new Paragraph(getTranslation("people.directory.intro")), filters, count, none, results);
        refresh();
    }

    private DirectoryFilter current() {
        return filters.value();
    }

    void refresh() {
        int found = directory.count(current());
        count.setText(getTranslation("people.directory.count", found));
        none.setVisible(found == 0);
        results.setVisible(found > 0);
        results.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.directory.title");
    }
}
