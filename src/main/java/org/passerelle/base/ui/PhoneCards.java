package org.passerelle.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lists shown as a grid on a laptop and as cards on a phone: below {@link #PHONE_WIDTH} pixels the grid's
 * columns give way to one column whose cells show the row's title on the first line(s) and its other values
 * below, wrapped, so nothing is cut to "Brouill…" and nothing spills sideways. The switch follows the
 * window's width as the browser reports it (on attach and on every resize).
 */
public final class PhoneCards<T> {

    /** Narrower windows than this (in CSS pixels) get cards. */
    public static final int PHONE_WIDTH = 600;

    private final Grid<T> grid;
    /**
     * The hidden cards column of a wide window renders nothing: a grid renders every column of each row sent, hidden
     * or not, and a card made for each row (a few components per row, kept as long as the page is open) cost every
     * open page that only shows the wide columns.
     */
    private final LitRenderer<T> noCards = LitRenderer.of("");

    private final Grid.Column<T> cards;
    private final ComponentRenderer<Component, T> cardRenderer;
    private final List<Grid.Column<T>> wide = new ArrayList<>();
    private boolean phone;
    private SerializableFunction<T, Component> actions;

    private PhoneCards(
            Grid<T> grid, SerializableFunction<T, String> title, SerializableFunction<T, List<String>> details) {
        this.grid = grid;
        this.wide.addAll(
                grid.getColumns().stream().filter(Grid.Column::isVisible).toList());
        this.cardRenderer = new ComponentRenderer<>(
                row -> card(title.apply(row), details.apply(row), actions == null ? null : actions.apply(row)));
        this.cards = grid.addColumn(noCards)
                .setKey("card")
                .setHeader(Objects.requireNonNullElse(wide.isEmpty() ? null : headerText(wide.getFirst()), ""));
        cards.setVisible(false);
        grid.addAttachListener(attach -> follow(attach.getUI()));
    }

    /**
     * Gives the grid a card layout on phones: the title (e.g. a proposal's title) and the details (its state,
     * country, …, already in the reader's words; blank ones are left out). Call after the grid's columns exist.
     */
    public static <T> PhoneCards<T> on(
            Grid<T> grid, SerializableFunction<T, String> title, SerializableFunction<T, List<String>> details) {
        return new PhoneCards<>(grid, title, details);
    }

    /** Adds the row's actions (e.g. buttons; a new component for each call) at the bottom of each card. */
    public PhoneCards<T> withActions(SerializableFunction<T, Component> rowActions) {
        this.actions = rowActions;
        return this;
    }

    /** Whether the cards are shown now. */
    public boolean showsCards() {
        return phone;
    }

    /** Shows the layout for a window this wide (called with the browser's width; tests call it directly). */
    public void fit(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < PHONE_WIDTH;
        if (narrow == phone && cards.isVisible() == narrow) {
            return;
        }
        phone = narrow;
        cards.setRenderer(narrow ? cardRenderer : noCards);
        wide.forEach(column -> column.setVisible(!narrow));
        cards.setVisible(narrow);
        if (narrow) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addClassName("passerelle-phone-cards");
        } else {
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.removeClassName("passerelle-phone-cards");
        }
    }

    private void follow(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        Registration resize = ui.getPage().addBrowserWindowResizeListener(resized -> fit(resized.getWidth()));
        Registration[] untilDetach = new Registration[1];
        untilDetach[0] = grid.addDetachListener(detach -> {
            resize.remove();
            untilDetach[0].remove();
        });
    }

    private static Component card(String title, List<String> details, Component actions) {
        Span heading = new Span(title == null ? "" : title);
        heading.addClassName("passerelle-card-title");
        Div card = new Div(heading);
        card.addClassName("passerelle-row-card");
        List<String> shown =
                details.stream().filter(d -> d != null && !d.isBlank()).toList();
        if (!shown.isEmpty()) {
            Span meta = new Span(String.join(" · ", shown));
            meta.addClassName("passerelle-card-meta");
            card.add(meta);
        }
        if (actions != null) {
            card.add(actions);
        }
        return card;
    }

    private static String headerText(Grid.Column<?> column) {
        return column.getHeaderText();
    }
}
