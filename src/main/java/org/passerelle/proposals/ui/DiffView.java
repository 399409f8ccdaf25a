package org.passerelle.proposals.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.passerelle.proposals.SectionDiff;

/** Shows a comparison section by section: inserted words marked, deleted words struck out, all as text. */
final class DiffView extends Div {

    DiffView(List<SectionDiff.SectionChange> changes) {
        addClassName("passerelle-diff");
        if (changes.isEmpty()) {
            add(new Span(getTranslation("proposals.diff.none")));
        }
        for (SectionDiff.SectionChange change : changes) {
            add(new H4(getTranslation(change.section().messageKey())));
            for (List<SectionDiff.Segment> line : change.lines()) {
                Div row = new Div();
                for (SectionDiff.Segment segment : line) {
                    // <ins> and <del> tell screen readers what changed; the text is set as text, never HTML
                    Element element = new Element(
                            switch (segment.kind()) {
                                case INSERTED -> "ins";
                                case DELETED -> "del";
                                case UNCHANGED -> "span";
                            });
                    element.setText(segment.text());
                    if (segment.kind() != SectionDiff.Kind.UNCHANGED) {
                        element.setAttribute(
                                "title",
                                getTranslation(
                                        segment.kind() == SectionDiff.Kind.INSERTED
                                                ? "proposals.diff.inserted"
                                                : "proposals.diff.deleted"));
                    }
                    row.getElement().appendChild(element);
                }
                add(row);
            }
        }
    }
}
