package org.passerelle.proposals.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.PhoneCards;
import org.passerelle.proposals.TriageRow;

/** The staff's triage list: title, state, call, association, day of submission and waiting time; a click opens it. */
final class TriageGrid extends Grid<TriageRow> {

    final PhoneCards<TriageRow> phoneCards;

    TriageGrid() {
        ComponentTexts.translated(this);
        addColumn(this::title)
                .setKey("title")
                .setHeader(getTranslation("proposals.section.TITLE"))
                .setFlexGrow(2);
        addColumn(this::state).setKey("state").setHeader(getTranslation("proposals.state"));
        addColumn(this::call).setKey("call").setHeader(getTranslation("proposals.triage.call"));
        addColumn(this::association).setKey("association").setHeader(getTranslation("proposals.triage.association"));
        addColumn(this::submitted).setKey("submitted").setHeader(getTranslation("proposals.triage.submitted"));
        addColumn(this::waiting).setKey("waiting").setHeader(getTranslation("proposals.triage.waiting"));
        phoneCards = PhoneCards.on(
                this,
                this::title,
                row -> List.of(
                        state(row),
                        call(row),
                        association(row),
                        getTranslation("proposals.triage.card-submitted", submitted(row), waiting(row))));
        setAllRowsVisible(true);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                ProposalPage.class, ProposalPage.parameters(click.getItem().id()))));
    }

    String title(TriageRow row) {
        return row.title() == null ? getTranslation("proposals.untitled") : row.title();
    }

    String state(TriageRow row) {
        return getTranslation(row.state().messageKey());
    }

    String call(TriageRow row) {
        return row.callTitle() == null ? getTranslation("proposals.triage.no-call") : row.callTitle();
    }

    String association(TriageRow row) {
        return row.associationName() == null ? "" : row.associationName();
    }

    String submitted(TriageRow row) {
        return Formats.date(row.submittedAt(), getLocale());
    }

    String waiting(TriageRow row) {
        return getTranslation("proposals.triage.days", row.waitingDays());
    }
}
