package org.passerelle.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.passerelle.base.Formats;
import org.passerelle.base.SearchKind;
import org.passerelle.base.UserFacingException;
import org.passerelle.search.SearchRequest;
import org.passerelle.search.SearchResults;
import org.passerelle.search.SearchService;
import org.passerelle.search.SearchStatus;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;

/**
 * Search everything the person may see: a query, facets to narrow it (kind, space, call, country, sector,
 * language, date), a page of hits with their words highlighted, and paging. The state is in the address
 * ({@code /search?q=…&kind=…}), so a search can be shared, bookmarked and gone back to.
 */
@Route("search")
@StyleSheet("styles/search.css")
@PermitAll
@Menu(order = 0.5, title = "nav.search", icon = "vaadin:search")
public final class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String FACET = "search.facet.";
    private static final String KIND = "search.kind.";
    private static final String PERIOD = "search.period.";
    static final List<String> FACETS = List.of("kind", "space", "call", "country", "sector", "language", "period");

    final TextField query = new TextField();
    final Button search = new Button();
    final Paragraph summary = new Paragraph();
    final Div chips = new Div();
    final Div facets = new Div();
    final Div hits = new Div();
    final HorizontalLayout paging = new HorizontalLayout();
    final Paragraph status = new Paragraph();
    final Button rebuild = new Button();

    private final SearchService service;
    private final SearchStatus statusService;
    private final boolean staff;
    private Map<String, String> chosen = new LinkedHashMap<>();
    private String text = "";
    private int page;

    SearchView(SearchService service, SearchStatus statusService, CurrentUser currentUser) {
        this.service = service;
        this.statusService = statusService;
        this.staff = currentUser.hasRole(Role.STAFF);
        addClassName("passerelle-page");
        addClassName("passerelle-search");

        query.setLabel(getTranslation("search.query"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        query.setClearButtonVisible(true);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setWidthFull();
        query.addKeyPressListener(Key.ENTER, enter -> go(query.getValue(), chosen, 0));
        search.setText(getTranslation("search.go"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(click -> go(query.getValue(), chosen, 0));
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setWidthFull();
        bar.setAlignItems(FlexLayout.Alignment.BASELINE);

        summary.getElement().setAttribute("aria-live", "polite");
        chips.addClassName("passerelle-search-chips");
        facets.addClassName("passerelle-search-facets");
        facets.getElement().setAttribute("role", "navigation");
        facets.getElement().setAttribute("aria-label", getTranslation("search.facets"));
        hits.addClassName("passerelle-search-hits");
        Div body = new Div(facets, hits);
        body.addClassName("passerelle-search-body");
        add(bar, summary, chips, body, paging);
        if (staff) {
            rebuild.setText(getTranslation("search.status.rebuild"));
            rebuild.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            rebuild.addClickListener(click -> {
                statusService.rebuild();
                showStatus();
            });
            status.addClassName("passerelle-muted");
            add(new Div(status, rebuild));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        text = first(parameters, "q");
        chosen = new LinkedHashMap<>();
        for (String facet : FACETS) {
            String value = first(parameters, facet);
            if (!value.isEmpty()) {
                chosen.put(facet, value);
            }
        }
        try {
            page = Math.max(0, Integer.parseInt(first(parameters, "page").isEmpty() ? "0" : first(parameters, "page")));
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        query.setValue(text);
        show();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null
                ? ""
                : values.get(0).strip();
    }

    private void go(String newText, Map<String, String> newFacets, int newPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", newText == null ? "" : newText);
        parameters.putAll(newFacets);
        if (newPage > 0) {
            parameters.put("page", String.valueOf(newPage));
        }
        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(parameters)));
    }

    void show() {
        hits.removeAll();
        facets.removeAll();
        chips.removeAll();
        paging.removeAll();
        query.setInvalid(false);
        if (staff) {
            showStatus();
        }
        if (text.isBlank()) {
            summary.setText(getTranslation("search.intro"));
            return;
        }
        SearchResults results;
        try {
            results = service.search(request(), getLocale());
        } catch (UserFacingException refused) {
            query.setInvalid(true);
            query.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            summary.setText(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        showChips();
        if (results.total() == 0) {
            summary.setText(getTranslation("search.none", text));
            if (!chosen.isEmpty()) {
                hits.add(new Paragraph(getTranslation("search.none.narrowed")));
            }
            return;
        }
        summary.setText(
                results.exact()
                        ? getTranslation("search.count", results.total(), text)
                        : getTranslation("search.count.more", results.total(), text));
        showFacets(results);
        results.hits().forEach(hit -> hits.add(hit(hit)));
        showPaging(results);
    }

    private SearchRequest request() {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        String kind = chosen.get("kind");
        if (kind != null) {
            try {
                kinds.add(SearchKind.valueOf(kind));
            } catch (IllegalArgumentException unknown) {
                chosen.remove("kind");
            }
        }
        return new SearchRequest(
                text,
                kinds,
                number(chosen.get("space")),
                number(chosen.get("call")),
                chosen.get("country"),
                chosen.get("sector"),
                chosen.get("language"),
                chosen.get("period"),
                page);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private Div hit(SearchResults.Hit hit) {
        Div card = new Div();
        card.addClassName("passerelle-search-hit");
        Span kind = new Span(kindLabel(hit));
        kind.addClassName("passerelle-badge");
        Anchor title = new Anchor(hit.link(), hit.title().isBlank() ? getTranslation("search.untitled") : hit.title());
        title.addClassName("passerelle-search-title");
        H3 heading = new H3(title);
        Div meta = new Div(kind);
        meta.addClassName("passerelle-search-meta");
        if (hit.date() != null) {
            meta.add(new Span(Formats.date(hit.date(), getLocale())));
        }
        if (hit.kind() == SearchKind.DOCUMENT && hit.part() > 0) {
            meta.add(new Span(getTranslation("search.page", hit.part())));
        }
        Div snippet = new Div();
        snippet.addClassName("passerelle-search-snippet");
        // the highlighter escapes the text; cleaning again keeps nothing but <mark>, whatever comes
        snippet.getElement()
                .setProperty(
                        "innerHTML",
                        Jsoup.clean(hit.snippetHtml(), Safelist.none().addTags("mark")));
        card.add(heading, meta, snippet);
        return card;
    }

    private String kindLabel(SearchResults.Hit hit) {
        if (hit.kind() == SearchKind.PROPOSAL && hit.part() == 2) {
            return getTranslation("search.kind.PROPOSAL.submitted");
        }
        if (hit.kind() == SearchKind.SESSION && hit.part() == 2) {
            return getTranslation("search.kind.SESSION.minutes");
        }
        return getTranslation(KIND + hit.kind().name());
    }

    private void showFacets(SearchResults results) {
        results.facets().forEach((name, values) -> {
            if (values.isEmpty() || chosen.containsKey(name) || (values.size() < 2 && !name.equals("kind"))) {
                return;
            }
            Div group = new Div();
            group.addClassName("passerelle-search-facet");
            group.add(new H2(getTranslation(FACET + name)));
            for (SearchResults.Facet facet : values) {
                Map<String, String> narrowed = new LinkedHashMap<>(chosen);
                narrowed.put(name, facet.value());
                Button choose = new Button(
                        getTranslation("search.facet.value", facetLabel(name, facet), facet.count()),
                        click -> go(text, narrowed, 0));
                choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                group.add(choose);
            }
            facets.add(group);
        });
    }

    private String facetLabel(String name, SearchResults.Facet facet) {
        return switch (name) {
            case "kind" -> getTranslation(KIND + facet.value());
            case "sector" -> getTranslation("sector." + facet.value());
            case "period" -> getTranslation(PERIOD + facet.value());
            case "language" -> "und".equals(facet.value()) ? getTranslation("search.language.unknown") : facet.label();
            default -> facet.label();
        };
    }

    private void showChips() {
        chosen.forEach((name, value) -> {
            Map<String, String> widened = new LinkedHashMap<>(chosen);
            widened.remove(name);
            Button remove = new Button(
                    getTranslation("search.remove-filter", getTranslation(FACET + name), chipValue(name, value)),
                    VaadinIcon.CLOSE_SMALL.create(),
                    click -> go(text, widened, 0));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chips.add(remove);
        });
    }

    private String chipValue(String name, String value) {
        return switch (name) {
            case "kind" -> getTranslation(KIND + value);
            case "sector" -> getTranslation("sector." + value);
            case "period" -> getTranslation(PERIOD + value);
            default -> value;
        };
    }

    private void showPaging(SearchResults results) {
        if (results.pages() < 2) {
            return;
        }
        Button previous = new Button(getTranslation("search.previous"), click -> go(text, chosen, page - 1));
        previous.setEnabled(results.page() > 0);
        Button next = new Button(getTranslation("search.next"), click -> go(text, chosen, page + 1));
        next.setEnabled(results.page() + 1 < results.pages());
        paging.add(previous, new Span(getTranslation("search.page-of", results.page() + 1, results.pages())), next);
        paging.setAlignItems(FlexLayout.Alignment.BASELINE);
    }

    private void showStatus() {
        SearchStatus.Figures figures = statusService.figures();
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("search.status.entries", figures.entries()));
        parts.add(getTranslation("search.status.waiting", figures.waiting()));
        if (figures.failed() > 0) {
            parts.add(getTranslation("search.status.failed", figures.failed()));
        }
        status.setText(String.join(" · ", parts));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
