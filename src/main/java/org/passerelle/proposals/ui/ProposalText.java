package org.passerelle.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.Section;

/**
 * The proposal's written sections, each collapsible (open at first, so reading needs no click); the sections
 * left empty make one line rather than a box each. The title, summary, country and sectors are in the header.
 * Markdown is rendered and sanitised on the server.
 */
final class ProposalText extends Div {

    /** Shown in the header instead. */
    private static final Set<Section> IN_HEADER =
            EnumSet.of(Section.TITLE, Section.SUMMARY, Section.COUNTRY_REGION, Section.SECTORS);

    final List<Details> sections = new ArrayList<>();
    final Paragraph empty = new Paragraph();

    ProposalText(ProposalContent content) {
        addClassName("proposal-text");
        Map<Section, String> texts = content.asTexts();
        List<Section> emptySections = new ArrayList<>();
        for (Section section : Section.values()) {
            if (IN_HEADER.contains(section)) {
                continue;
            }
            Component body = body(section, content, texts.get(section));
            if (body == null) {
                emptySections.add(section);
                continue;
            }
            Details details = new Details(getTranslation(section.messageKey()), body);
            details.setOpened(true);
            details.addClassName("proposal-section");
            sections.add(details);
            add(details);
        }
        if (!emptySections.isEmpty()) {
            empty.setText(getTranslation(
                    "proposals.empty-sections",
                    emptySections.stream()
                            .map(s -> getTranslation(s.messageKey()))
                            .collect(Collectors.joining(", "))));
            empty.addClassName("proposal-empty-sections");
            add(empty);
        }
    }

    /** Opens or closes every section (phones start with them closed). */
    void setAllOpened(boolean opened) {
        sections.forEach(details -> details.setOpened(opened));
    }

    /** The section's body, or {@code null} when it is empty. */
    private Component body(Section section, ProposalContent content, String text) {
        return switch (section) {
            case BUDGET ->
                withLine(
                        content.budgetAmount() == null
                                ? ""
                                : Formats.money(content.budgetAmount(), content.currency(), getLocale()),
                        content.budgetItems());
            case TIMELINE ->
                withLine(
                        ProposalFormat.period(content.startDate(), content.endDate(), getLocale()),
                        content.milestones());
            default -> text.isBlank() ? null : section.markdown() ? new MarkdownView(text) : plain(text);
        };
    }

    /** A formatted value (an amount, dates) above the authors' Markdown. */
    private static Component withLine(String line, String markdown) {
        boolean noText = markdown == null || markdown.isBlank();
        if (line.isEmpty() && noText) {
            return null;
        }
        Div body = new Div();
        if (!line.isEmpty()) {
            body.add(new Paragraph(line));
        }
        if (!noText) {
            body.add(new MarkdownView(markdown));
        }
        return body;
    }

    private static Paragraph plain(String text) {
        Paragraph plain = new Paragraph(text);
        plain.getStyle().set("white-space", "pre-line");
        return plain;
    }
}
