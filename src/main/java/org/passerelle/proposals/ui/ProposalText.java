package org.passerelle.proposals.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.passerelle.base.Formats;
import org.passerelle.base.MarkdownHtml;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.Section;

/**
 * The proposal's written sections, each collapsible (open at first, so reading needs no click); the sections
 * left empty make one line rather than a box each. The title, summary, country and sectors are in the header.
 *
 * <p>The sections are the browser's own {@code <details>} elements in one block of HTML: opening and closing
 * one is the browser's business, and the page keeps one state node for the whole text instead of five or more
 * per section for as long as it is open (README, "Memory per open screen"). Markdown is rendered and sanitised
 * on the server ({@link MarkdownHtml}); every other text (the section names, amounts, dates, plain sections) is
 * escaped here.
 */
final class ProposalText extends Div {

    /** Shown in the header instead. */
    private static final Set<Section> IN_HEADER =
            EnumSet.of(Section.TITLE, Section.SUMMARY, Section.COUNTRY_REGION, Section.SECTORS);

    /** A section with something written: its name and its body as safe HTML. */
    record Shown(String name, String bodyHtml) {}

    final List<Shown> sections = new ArrayList<>();
    /** The sections, as one element whose {@code innerHTML} is {@link #html()}. */
    final Div written = new Div();

    final Paragraph empty = new Paragraph();
    private boolean opened = true;

    ProposalText(ProposalContent content) {
        addClassName("proposal-text");
        Map<Section, String> texts = content.asTexts();
        List<Section> emptySections = new ArrayList<>();
        for (Section section : Section.values()) {
            if (IN_HEADER.contains(section)) {
                continue;
            }
            String body = body(section, content, texts.get(section));
            if (body == null) {
                emptySections.add(section);
            } else {
                sections.add(new Shown(getTranslation(section.messageKey()), body));
            }
        }
        if (!sections.isEmpty()) {
            render();
            add(written);
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
        this.opened = opened;
        if (!sections.isEmpty()) {
            render();
        }
    }

    /** The HTML the sections are sent as. */
    String html() {
        return written.getElement().getProperty("innerHTML");
    }

    private void render() {
        StringBuilder html = new StringBuilder();
        for (Shown section : sections) {
            html.append("<details class=\"proposal-section\"")
                    .append(opened ? " open" : "")
                    .append("><summary>")
                    .append(Entities.escape(section.name()))
                    .append("</summary><div class=\"proposal-section-body\">")
                    .append(section.bodyHtml())
                    .append("</div></details>");
        }
        written.getElement().setProperty("innerHTML", html.toString());
    }

    /** The section's body as safe HTML, or {@code null} when it is empty. */
    private String body(Section section, ProposalContent content, String text) {
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
            default -> text.isBlank() ? null : section.markdown() ? markdown(text) : plain(text);
        };
    }

    /** A formatted value (an amount, dates) above the authors' Markdown. */
    private static String withLine(String line, String markdown) {
        boolean noText = markdown == null || markdown.isBlank();
        if (line.isEmpty() && noText) {
            return null;
        }
        return (line.isEmpty() ? "" : "<p>" + Entities.escape(line) + "</p>") + (noText ? "" : markdown(markdown));
    }

    private static String markdown(String text) {
        return "<div class=\"passerelle-markdown\">" + MarkdownHtml.render(text) + "</div>";
    }

    private static String plain(String text) {
        return "<p class=\"proposal-plain\">" + Entities.escape(text) + "</p>";
    }
}
