package org.passerelle.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.passerelle.base.Formats;
import org.passerelle.base.TimeZones;

/** Brussels time for people, UTC instants for the services; links to pages of other modules by address. */
final class VotingFormat {

    private VotingFormat() {}

    static String when(Instant instant, Locale locale) {
        return Formats.dateTime(instant, locale);
    }

    static Instant instant(LocalDateTime brussels) {
        return brussels == null ? null : brussels.atZone(TimeZones.OFFICE).toInstant();
    }

    static LocalDateTime brussels(Instant instant) {
        return LocalDateTime.ofInstant(instant, TimeZones.OFFICE);
    }

    /** The proposal page, by address: the voting module does not depend on the proposals views. */
    static Anchor proposalLink(long proposalId, String text) {
        return new Anchor("proposals/" + proposalId, text);
    }

    static Span badge(Component owner, String key) {
        Span badge = new Span(owner.getTranslation(key));
        badge.getElement().getThemeList().add("badge");
        return badge;
    }
}
