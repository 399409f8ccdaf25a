package org.passerelle.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.passerelle.base.Formats;
import org.passerelle.dashboard.HomeBlock;

/** One block of the home page: its title and count, its first items, the link to the full list, or what to do. */
final class BlockCard extends Section {

    final H3 heading = new H3();
    final Span count = new Span();
    final UnorderedList items = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final Anchor more = new Anchor();

    BlockCard(HomeBlock block) {
        addClassName("passerelle-card");
        addClassName("dashboard-block");
        getElement().setAttribute("data-block", block.key());
        String title = getTranslation(block.key() + ".title");
        heading.setText(title + " "); // the space before the count, without a node of its own
        count.setText(Long.toString(block.count()));
        count.getElement().setAttribute("theme", block.count() == 0 ? "badge contrast" : "badge");
        count.getElement().setAttribute("aria-label", getTranslation("dashboard.count", block.count()));
        heading.add(count);
        getElement().setAttribute("aria-label", title);
        add(heading);
        if (block.count() == 0) {
            empty.setText(getTranslation(block.key() + ".empty"));
            add(empty);
        } else {
            for (HomeBlock.Line line : block.lines()) {
                Anchor link = new Anchor(line.link(), line.text());
                // the separator is part of the detail's text (one node fewer per line), and a Latin-1 one: Vaadin keeps
                // each page's last response as a string, one byte a character only while every character is Latin-1
                // (an em dash here made it two bytes a character: 40 KB more for each open home page)
                Span detail = new Span(" · " + detail(line));
                detail.addClassName("dashboard-detail");
                items.add(new ListItem(link, detail));
            }
            add(items);
        }
        if (block.moreLink() != null) {
            more.setHref(block.moreLink());
            more.setText(getTranslation("dashboard.more", block.count()));
            add(more);
        }
    }

    private String detail(HomeBlock.Line line) {
        Locale locale = getLocale();
        Object[] args = line.args().stream().map(arg -> format(arg, locale)).toArray();
        return getTranslation(line.detailKey(), args);
    }

    private Object format(Object arg, Locale locale) {
        return switch (arg) {
            case Instant instant -> Formats.dateTime(instant, locale);
            case LocalDate date -> Formats.date(date, locale);
            case HomeBlock.Key key -> getTranslation(key.key());
            case Number number -> Formats.number(number, locale);
            default -> arg;
        };
    }
}
