package org.passerelle.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.passerelle.people.DirectoryEntry;

/**
 * One person of the pool: name, what they know and speak, a short bio, and how to reach them. Every text
 * is set as text, so whatever a person typed (a script tag included) is shown, never run.
 */
final class PersonCard extends Div {

    /** Enough to decide whether to get in touch; the whole bio would make the list hard to scan. */
    static final int BIO_SHOWN = 300;

    final H3 name = new H3();
    final Paragraph bio = new Paragraph();
    final Anchor email = new Anchor();
    final Anchor phone = new Anchor();

    PersonCard(DirectoryEntry person) {
        addClassName("passerelle-card");
        getStyle().set("margin", "var(--lumo-space-xs) 0");
        name.setText(person.displayName());
        name.getStyle().set("margin-top", "0");
        add(name);
        line("people.card.languages", Choices.names(person.languages(), Choices.languageName(getLocale())));
        line("people.card.origin", Choices.names(person.originCountries(), Choices.countryName(getLocale())));
        line("people.card.works-in", Choices.names(person.workCountries(), Choices.countryName(getLocale())));
        line("people.card.sectors", Choices.names(person.sectors(), Choices.sectorName(this)));
        if (!person.skills().isEmpty()) {
            Div skills = new Div(new Span(getTranslation("people.card.skills") + ": "));
            skills.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
            person.skills().forEach(skill -> skills.add(badge(skill)));
            add(skills);
        }
        bio.setText(shorten(person.bio()));
        bio.getStyle().set("white-space", "pre-line");
        bio.setVisible(!person.bio().isEmpty());
        add(bio);
        // the address and number are validated by the service, so the links can only be mailto: and tel:
        email.setHref("mailto:" + person.email());
        email.setText(person.email());
        email.setTitle(getTranslation("people.card.write-to", person.displayName()));
        add(labelled("people.card.email", email));
        phone.setHref("tel:" + person.phone().replaceAll("[^0-9+]", ""));
        phone.setText(person.phone());
        phone.setTitle(getTranslation("people.card.call", person.displayName()));
        Div phoneLine = labelled("people.card.phone", phone);
        phoneLine.setVisible(!person.phone().isEmpty());
        add(phoneLine);
    }

    private void line(String labelKey, String names) {
        if (!names.isEmpty()) {
            add(new Div(new Span(getTranslation(labelKey) + ": " + names)));
        }
    }

    private Div labelled(String labelKey, Component value) {
        return new Div(new Span(getTranslation(labelKey) + ": "), value);
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    static String shorten(String text) {
        return text.length() <= BIO_SHOWN
                ? text
                : text.substring(0, BIO_SHOWN - 1).strip() + "…";
    }
}
