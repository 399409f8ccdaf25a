package org.passerelle.contacts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.ArrayList;
import java.util.List;
import org.passerelle.base.Countries;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PhoneCards;
import org.passerelle.contacts.ContactDetails;
import org.passerelle.contacts.ContactExport;
import org.passerelle.contacts.ContactImport;
import org.passerelle.contacts.ContactService;
import org.passerelle.contacts.ContactsProperties;
import org.passerelle.security.Role;

/**
 * The staff's contact list: filters, the contacts read from the database a page at a time (cards on a phone),
 * add, edit and remove, the CSV import and export, and the saved segments with their counts.
 */
@Route("contacts")
@RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
@Menu(order = 92, title = "nav.contacts", icon = "vaadin:envelopes")
public final class ContactsView extends Main implements HasDynamicTitle {

    final ContactFilters filters = new ContactFilters(this::refresh);
    final Span count = new Span();
    final Grid<ContactDetails> grid = ComponentTexts.translated(new Grid<>());
    final Button add = new Button();
    final Button importCsv = new Button();
    final Anchor csv;
    final PhoneCards<ContactDetails> cards;
    final SegmentsPanel segments;
    private final ContactService contacts;

    ContactsView(ContactService contacts, ContactImport imports, ContactExport export, ContactsProperties properties) {
        this.contacts = contacts;
        addClassName("passerelle-page");
        count.getElement().setAttribute("role", "status");
        grid.addColumn(ContactDetails::name).setKey("name").setHeader(getTranslation("contacts.field.name"));
        grid.addColumn(c -> c.organisation() == null ? "" : c.organisation())
                .setKey("organisation")
                .setHeader(getTranslation("contacts.field.organisation"));
        grid.addColumn(this::country).setKey("country").setHeader(getTranslation("contacts.field.country"));
        grid.addColumn(ContactDetails::email).setKey("email").setHeader(getTranslation("contacts.field.email"));
        grid.addColumn(this::consent).setKey("consent").setHeader(getTranslation("contacts.filter.consent"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        grid.setPageSize(50);
        grid.setHeight("60vh");
        grid.setItems(
                query -> contacts.find(filters.value(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(contacts.count(filters.value())));
        cards = PhoneCards.on(grid, ContactDetails::name, this::details).withActions(this::actions);

        add.setText(getTranslation("contacts.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new ContactDialog(contacts, null, this::changed).open());
        importCsv.setText(getTranslation("contacts.import"));
        importCsv.addClickListener(click -> new ImportDialog(imports, properties, this::changed).open());
        csv = new Anchor(
                (DownloadHandler) download -> {
                    download.setFileName("contacts.csv");
                    download.setContentType("text/csv;charset=UTF-8");
                    download.getOutputStream().write(export.csv(filters.value()));
                },
                getTranslation("contacts.export"));
        segments = new SegmentsPanel(contacts, export, filters::criteria, filters::show);
        FlexLayout toolbar = new FlexLayout(add, importCsv, csv, count);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.getStyle().set("gap", "var(--lumo-space-m, 1rem)").set("align-items", "baseline");
        add(new Paragraph(getTranslation("contacts.intro")), filters, toolbar, grid, segments);
        refresh();
    }

    private String country(ContactDetails c) {
        return c.countryCode() == null ? "" : Countries.name(c.countryCode(), getLocale());
    }

    private String consent(ContactDetails c) {
        return c.consent() && c.consentAt() != null
                ? getTranslation(
                        "contacts.card.consent",
                        Formats.date(c.consentAt(), getLocale()),
                        c.consentSource() == null ? "" : c.consentSource())
                : getTranslation("contacts.card.no-consent");
    }

    private List<String> details(ContactDetails c) {
        List<String> lines = new ArrayList<>();
        lines.add(c.organisation());
        lines.add(country(c));
        lines.add(c.email());
        lines.add(consent(c));
        return lines.stream().filter(line -> line != null && !line.isBlank()).toList();
    }

    private Component actions(ContactDetails c) {
        Button edit = new Button(
                getTranslation("contacts.edit"),
                click -> new ContactDialog(contacts, contacts.get(c.id()), this::changed).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("contacts.edit") + " " + c.name());
        Button remove = new Button(getTranslation("contacts.remove"), click -> confirmRemove(c));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("contacts.remove") + " " + c.name());
        FlexLayout actions = new FlexLayout(edit, remove);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return actions;
    }

    private void confirmRemove(ContactDetails c) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("contacts.remove"));
        confirm.setText(getTranslation("contacts.remove.confirm", c.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("contacts.dialog.cancel"));
        confirm.setConfirmText(getTranslation("contacts.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            contacts.remove(c.id());
            Feedback.success(getTranslation("contacts.removed"));
            changed();
        });
        confirm.open();
    }

    private void changed() {
        refresh();
        segments.refresh();
    }

    void refresh() {
        count.setText(getTranslation("contacts.count", contacts.count(filters.value())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title");
    }
}
