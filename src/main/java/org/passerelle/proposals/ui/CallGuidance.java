package org.passerelle.proposals.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.passerelle.base.Bilingual;
import org.passerelle.base.ui.OtherLanguage;
import org.passerelle.calls.CallSummary;
import org.passerelle.calls.Criterion;

/**
 * "What the call asks", above the template while the authors write: the call's guidance and the criteria the board
 * will assess the proposal by, with their weights. Open at first; it folds away to leave room on a phone.
 */
final class CallGuidance extends Details {

    final Paragraph guidance = new Paragraph();
    final UnorderedList criteria = new UnorderedList();

    CallGuidance(CallSummary call) {
        setSummaryText(getTranslation(
                "proposals.guidance.title", call.title(getLocale()).text()));
        addClassNames("passerelle-card", "editor-guidance");
        setOpened(true);
        Div body = new Div();
        Bilingual text = call.guidance(getLocale());
        if (!text.text().isEmpty()) {
            OtherLanguage.mark(guidance, text).setText(text.text());
            guidance.getStyle().set("white-space", "pre-line");
            body.add(guidance);
        }
        for (Criterion criterion : call.criteria()) {
            criteria.add(new ListItem(getTranslation(
                    "proposals.guidance.criterion", criterion.name(getLocale()).text(), criterion.weight())));
        }
        if (!call.criteria().isEmpty()) {
            body.add(new H3(getTranslation("proposals.guidance.criteria")), criteria);
        }
        if (body.getComponentCount() == 0) {
            body.add(new Paragraph(getTranslation("proposals.guidance.none")));
        }
        add(body);
    }
}
