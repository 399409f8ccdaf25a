package org.passerelle.associations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.passerelle.accounts.AccountService;
import org.passerelle.associations.AssociationRules;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.AssociationSummary;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;

/** Every association, searchable by name or acronym and filtered by country of origin and sector. */
@Route("associations")
@PermitAll
@Menu(order = 20, title = "nav.associations", icon = "vaadin:group")
public final class AssociationsView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final Button register = new Button();
    final Grid<AssociationSummary> grid = ComponentTexts.translated(new Grid<>());
    final Paragraph empty = new Paragraph();
    private final AssociationService associations;

    AssociationsView(AssociationService associations, AccountService accounts, CurrentUser currentUser) {
        this.associations = associations;
        addClassName("passerelle-page");
        register.setText(getTranslation("associations.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a convenience only: the service refuses everyone but staff
        register.setVisible(currentUser.hasRole(Role.STAFF));
        register.addClickListener(click -> AssociationDialog.register(associations, accounts, saved -> {
                    Feedback.success(getTranslation("associations.registered", saved.name()));
                    getUI().ifPresent(ui -> ui.navigate(AssociationView.class, AssociationView.parameters(saved.id())));
                })
                .open());
        empty.setText(getTranslation("associations.none"));
        add(register, filters(), grid, empty);
        columns();
        refresh();
    }

    private HorizontalLayout filters() {
        search.setLabel(getTranslation("associations.search"));
        search.setPlaceholder(getTranslation("associations.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(AssociationRules.NAME_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        country.setLabel(getTranslation("associations.filter.country"));
        country.setItems(Countries.originChoices(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        country.setClearButtonVisible(true);
        country.addValueChangeListener(change -> refresh());
        sector.setLabel(getTranslation("associations.filter.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sector.setClearButtonVisible(true);
        sector.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, country, sector);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private void columns() {
        grid.addComponentColumn(this::nameLink)
                .setKey("name")
                .setHeader(getTranslation("associations.field.name"))
                .setFlexGrow(2);
        grid.addColumn(a -> AssociationTexts.countries(getLocale(), a.countries()))
                .setKey("countries")
                .setHeader(getTranslation("associations.field.countries"));
        grid.addColumn(a -> AssociationTexts.sectors(this, a.sectors()))
                .setKey("sectors")
                .setHeader(getTranslation("associations.field.sectors"));
        grid.addComponentColumn(a -> a.verified() ? AssociationTexts.verifiedBadge(this) : new Span())
                .setKey("verified")
                .setHeader(getTranslation("associations.verified"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // long names and lists of countries wrap instead of being cut on a narrow screen
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private Component nameLink(AssociationSummary association) {
        return new RouterLink(
                AssociationTexts.nameWithAcronym(association.name(), association.acronym()),
                AssociationView.class,
                AssociationView.parameters(association.id()));
    }

    void refresh() {
        List<AssociationSummary> found = associations.search(search.getValue(), country.getValue(), sector.getValue());
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("associations.title");
    }
}
