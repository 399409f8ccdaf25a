package org.passerelle.calls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.calls.Criterion;

/**
 * Edits a call's evaluation criteria: per criterion its English and French names side by side (text areas:
 * long names wrap, never cut) and its weight in %, with the running total under the list. The service refuses a
 * total other than 100 %; the total says so while one types.
 */
final class CriteriaEditor extends Div {

    static final int TOTAL = 100;

    record Row(TextArea nameEn, TextArea nameFr, IntegerField weight, Div layout) {}

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();
    final Span total = new Span();
    final Paragraph error = new Paragraph();
    private final Div list = new Div();

    CriteriaEditor(List<Criterion> initial) {
        add.setText(getTranslation("calls.criteria.add"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow(new Criterion(null, null, Math.max(1, TOTAL - sum()))));
        total.setId("calls-criteria-total");
        total.getElement().setAttribute("aria-live", "polite");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Paragraph help = new Paragraph(getTranslation("calls.criteria.help"));
        add(help, list, total, error, add);
        initial.forEach(this::addRow);
        updateTotal();
    }

    void addRow(Criterion criterion) {
        TextArea nameEn = name("calls.field.criterion-en", criterion.nameEn());
        TextArea nameFr = name("calls.field.criterion-fr", criterion.nameFr());
        IntegerField weight = new IntegerField(getTranslation("calls.field.weight"));
        weight.setSuffixComponent(new Span("%"));
        weight.setMin(1);
        weight.setMax(TOTAL);
        weight.setStepButtonsVisible(true);
        weight.setValueChangeMode(ValueChangeMode.EAGER);
        weight.setValue(criterion.weight());
        weight.getElement().setAttribute("aria-describedby", total.getId().orElseThrow());
        weight.addValueChangeListener(change -> updateTotal());
        HorizontalLayout line = new HorizontalLayout(weight);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div layout = new Div(new LanguagePair(nameEn, nameFr), line);
        layout.addClassName("passerelle-criterion");
        layout.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Row row = new Row(nameEn, nameFr, weight, layout);
        Button remove = new Button(getTranslation("calls.criteria.remove"), click -> {
            rows.remove(row);
            list.remove(layout);
            updateTotal();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        line.add(remove);
        rows.add(row);
        list.add(layout);
        updateTotal();
    }

    private TextArea name(String labelKey, String value) {
        TextArea name = new TextArea(getTranslation(labelKey));
        name.setMaxLength(150);
        name.setWidthFull();
        name.setValue(value == null ? "" : value);
        return name;
    }

    int sum() {
        return rows.stream()
                .map(Row::weight)
                .mapToInt(w -> w.getValue() == null ? 0 : w.getValue())
                .sum();
    }

    private void updateTotal() {
        error.setVisible(false);
        if (rows.isEmpty()) {
            total.setText(getTranslation("calls.criteria.none"));
            return;
        }
        int sum = sum();
        total.setText(getTranslation(sum == TOTAL ? "calls.criteria.total-ok" : "calls.criteria.total-wrong", sum));
        total.getStyle().set("font-weight", "bold");
        if (sum == TOTAL) {
            total.getStyle().remove("color");
        } else {
            total.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    /** Shows the server's refusal about the criteria under the total. */
    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    List<Criterion> value() {
        return rows.stream()
                .map(r -> new Criterion(
                        r.nameEn().getValue(),
                        r.nameFr().getValue(),
                        r.weight().getValue() == null ? 0 : r.weight().getValue()))
                .toList();
    }
}
