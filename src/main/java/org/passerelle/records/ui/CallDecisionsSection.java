package org.passerelle.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.base.ui.PageSection;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.records.DecisionExports;

/** "Export decisions (CSV / PDF)" on a call's page, for staff and the board members of its space. */
@org.springframework.stereotype.Component
class CallDecisionsSection implements PageSection<CallSummary> {

    private final DecisionExports exports;

    CallDecisionsSection(DecisionExports exports) {
        this.exports = exports;
    }

    @Override
    public Optional<Component> create(CallSummary call) {
        if (call.state() == CallState.DRAFT || !exports.mayExportCall(call.id())) {
            return Optional.empty();
        }
        return Optional.of(new Buttons(exports, call.id(), UI.getCurrent().getLocale()));
    }

    @Override
    public int order() {
        return 50;
    }

    static final class Buttons extends Div {

        final Anchor csv;
        final Anchor pdf;

        Buttons(DecisionExports exports, long callId, Locale locale) {
            addClassName("passerelle-decision-exports");
            String name = "decisions-call-" + callId;
            csv = Downloads.link(
                    getTranslation("records.export.csv"),
                    name + ".csv",
                    "text/csv;charset=UTF-8",
                    () -> exports.callCsv(callId));
            pdf = Downloads.link(
                    getTranslation("records.export.pdf"),
                    name + ".pdf",
                    "application/pdf",
                    () -> exports.callPdf(callId, locale));
            add(new H3(getTranslation("records.section.call.title")), csv, pdf);
        }
    }
}
