package org.passerelle.calls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.calls.Criterion;

/** Edits a call's evaluation criteria: a row per criterion (English and French name, weight). */
final class CriteriaEditor extends Div {

    record Row(TextField nameEn, TextField nameFr, IntegerField weight, HorizontalLayout layout) {}

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();
    private final Div list = new Div();

    CriteriaEditor(List<Criterion> initial) {
        add.setText(getTranslation("calls.criteria.add"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow(new Criterion(null, null, 10)));
        add(list, add);
        initial.forEach(this::addRow);
    }

    void addRow(Criterion criterion) {
        TextField nameEn = new TextField(getTranslation("calls.field.criterion-en"));
        TextField nameFr = new TextField(getTranslation("calls.field.criterion-fr"));
        nameEn.setMaxLength(150);
        nameFr.setMaxLength(150);
        nameEn.setValue(criterion.nameEn() == null ? "" : criterion.nameEn());
        nameFr.setValue(criterion.nameFr() == null ? "" : criterion.nameFr());
        IntegerField weight = new IntegerField(getTranslation("calls.field.weight"));
        weight.setMin(1);
        weight.setMax(100);
        weight.setStepButtonsVisible(true);
        weight.setValue(criterion.weight());
        HorizontalLayout layout = new HorizontalLayout(nameEn, nameFr, weight);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("flex-wrap", "wrap");
        Row row = new Row(nameEn, nameFr, weight, layout);
        Button remove = new Button(getTranslation("calls.criteria.remove"), click -> {
            rows.remove(row);
            list.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        layout.add(remove);
        rows.add(row);
        list.add(layout);
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
