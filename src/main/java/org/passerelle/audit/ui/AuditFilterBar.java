package org.passerelle.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.audit.AuditFilter;
import org.passerelle.audit.AuditQueries;
import org.passerelle.audit.AuditSpace;
import org.passerelle.base.ui.ComponentTexts;

/**
 * The audit log's filters, wrapping on narrow screens: a person (searched by name or e-mail), an action and a kind
 * of object (in the reader's words), a space among those the reader may read, and a period in Brussels days.
 */
final class AuditFilterBar extends FlexLayout {

    final ComboBox<PersonRef> person = new ComboBox<>();
    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<String> objectKind = new ComboBox<>();
    final ComboBox<AuditSpace> space = new ComboBox<>();
    final DatePicker from = ComponentTexts.translated(new DatePicker());
    final DatePicker to = ComponentTexts.translated(new DatePicker());
    final Button clear = new Button();

    AuditFilterBar(AuditQueries queries, AccountService accounts, Runnable changed) {
        Collator collator = Collator.getInstance(getLocale());
        person.setLabel(getTranslation("audit.view.person"));
        person.setItemLabelGenerator(PersonRef::displayName);
        person.setItems(
                query -> accounts.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset()));
        action.setLabel(getTranslation("audit.view.action"));
        action.setItemLabelGenerator(code -> getTranslation("audit." + code));
        action.setItems(sorted(queries.actions(), code -> getTranslation("audit." + code), collator));
        objectKind.setLabel(getTranslation("audit.view.object-kind"));
        objectKind.setItemLabelGenerator(kind -> getTranslation(AuditQueries.objectKey(kind)));
        objectKind.setItems(
                sorted(AuditQueries.OBJECT_KINDS, kind -> getTranslation(AuditQueries.objectKey(kind)), collator));
        space.setLabel(getTranslation("audit.view.space-filter"));
        space.setItemLabelGenerator(AuditSpace::title);
        space.setItems(queries.spaces(getLocale()));
        from.setLabel(getTranslation("audit.view.from"));
        to.setLabel(getTranslation("audit.view.to"));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        clear.setText(getTranslation("audit.view.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            person.clear();
            action.clear();
            objectKind.clear();
            space.clear();
            from.clear();
            to.clear();
        });
        List.of(person, action, objectKind, space).forEach(c -> c.setClearButtonVisible(true));
        person.addValueChangeListener(e -> changed.run());
        action.addValueChangeListener(e -> changed.run());
        objectKind.addValueChangeListener(e -> changed.run());
        space.addValueChangeListener(e -> changed.run());
        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        add(person, action, objectKind, space, from, to, clear);
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s, 0.5rem)").set("align-items", "baseline");
    }

    /** The filter as chosen now (a period given backwards reads as from the earlier day to the later). */
    AuditFilter filter() {
        var start = from.getValue();
        var end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            var swap = start;
            start = end;
            end = swap;
        }
        return new AuditFilter(
                person.getValue() == null ? null : person.getValue().id(),
                action.getValue(),
                objectKind.getValue(),
                space.getValue() == null ? null : space.getValue().id(),
                start,
                end);
    }

    private static List<String> sorted(
            List<String> codes, java.util.function.Function<String, String> label, Collator collator) {
        return codes.stream().sorted(Comparator.comparing(label, collator)).toList();
    }
}
