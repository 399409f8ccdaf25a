package org.passerelle.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.sessions.AgendaItem;
import org.passerelle.sessions.ProposalChoice;

/** Edits a session's agenda: ordered rows (title, minutes, optional proposal), moved up and removed. */
final class AgendaEditor extends Div {

    record Row(TextField title, IntegerField minutes, ComboBox<ProposalChoice> proposal, HorizontalLayout layout) {}

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();
    final Span total = new Span();
    private final Div list = new Div();
    private List<ProposalChoice> proposals = List.of();

    AgendaEditor() {
        add.setText(getTranslation("sessions.agenda.add"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow(new AgendaItem("", 15, null)));
        add(list, total, add);
        showTotal();
    }

    /** The proposals rows may point to (the space's, as the editor sees them). */
    void setProposals(List<ProposalChoice> choices) {
        this.proposals = List.copyOf(choices);
        rows.forEach(row -> {
            ProposalChoice kept = row.proposal().getValue();
            row.proposal().setItems(proposals);
            row.proposal().setValue(kept != null && proposals.contains(kept) ? kept : null);
        });
    }

    void setItems(List<AgendaItem> items) {
        rows.clear();
        list.removeAll();
        items.forEach(this::addRow);
        showTotal();
    }

    void addRow(AgendaItem item) {
        TextField title = new TextField(getTranslation("sessions.agenda.item-title"));
        title.setMaxLength(200);
        title.setValue(item.title() == null ? "" : item.title());
        IntegerField minutes = new IntegerField(getTranslation("sessions.agenda.item-minutes"));
        minutes.setMin(1);
        minutes.setMax(720);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(item.durationMinutes());
        minutes.addValueChangeListener(change -> showTotal());
        ComboBox<ProposalChoice> proposal = new ComboBox<>(getTranslation("sessions.agenda.item-proposal"));
        proposal.setItems(proposals);
        proposal.setItemLabelGenerator(ProposalChoice::title);
        proposal.setClearButtonVisible(true);
        proposals.stream()
                .filter(p -> item.proposalId() != null && p.id() == item.proposalId())
                .findFirst()
                .ifPresent(proposal::setValue);
        HorizontalLayout layout = new HorizontalLayout(title, minutes, proposal);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("flex-wrap", "wrap");
        Row row = new Row(title, minutes, proposal, layout);
        Button up = new Button(getTranslation("sessions.agenda.up"), click -> moveUp(row));
        Button remove = new Button(getTranslation("sessions.agenda.remove"), click -> {
            rows.remove(row);
            list.remove(layout);
            showTotal();
        });
        up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        layout.add(up, remove);
        rows.add(row);
        list.add(layout);
        showTotal();
    }

    private void moveUp(Row row) {
        int index = rows.indexOf(row);
        if (index <= 0) {
            return;
        }
        rows.remove(index);
        rows.add(index - 1, row);
        list.removeAll();
        rows.forEach(r -> list.add(r.layout()));
    }

    private void showTotal() {
        int sum = rows.stream()
                .mapToInt(r -> r.minutes().getValue() == null ? 0 : r.minutes().getValue())
                .sum();
        total.setText(getTranslation("sessions.agenda.total", sum));
    }

    List<AgendaItem> value() {
        return rows.stream()
                .map(r -> new AgendaItem(
                        r.title().getValue(),
                        r.minutes().getValue() == null ? 0 : r.minutes().getValue(),
                        r.proposal().getValue() == null
                                ? null
                                : r.proposal().getValue().id()))
                .toList();
    }
}
