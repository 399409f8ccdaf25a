package org.passerelle.associations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.passerelle.associations.AssociationProfile;
import org.passerelle.base.Formats;
import org.passerelle.base.TimeZones;

/**
 * An association's profile as read: badges, description and details. Every text is set as text (never as
 * HTML), so whatever was typed is shown and nothing runs; the website link is always http(s), which the
 * service checked.
 */
final class AssociationDetails extends Div {

    final HorizontalLayout badges = new HorizontalLayout();
    final Paragraph description = new Paragraph();
    final Div facts = new Div();
    final Anchor website = new Anchor();

    AssociationDetails(AssociationProfile profile) {
        badges.getStyle().set("flex-wrap", "wrap");
        if (profile.verified()) {
            badges.add(AssociationTexts.verifiedBadge(this));
        }
        if (profile.iAmContact()) {
            badges.add(AssociationTexts.badge(getTranslation("associations.you-are-contact"), ""));
        } else if (profile.myStatus() != null) {
            badges.add(AssociationTexts.badge(getTranslation(profile.myStatus().myStatusKey()), ""));
        }
        description.setText(profile.description() == null ? "" : profile.description());
        description.getStyle().set("white-space", "pre-line");
        fact("associations.field.countries", new Span(AssociationTexts.countries(getLocale(), profile.countries())));
        fact(
                "associations.field.residence",
                new Span(getTranslation(profile.residence().messageKey())));
        if (!profile.sectors().isEmpty()) {
            fact("associations.field.sectors", new Span(AssociationTexts.sectors(this, profile.sectors())));
        }
        if (profile.website() != null) {
            website.setHref(profile.website());
            website.setText(profile.website());
            website.setTarget(AnchorTarget.BLANK);
            website.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            fact("associations.field.website", website);
        }
        if (profile.email() != null) {
            fact("associations.field.email", new Anchor("mailto:" + profile.email(), profile.email()));
        }
        if (profile.phone() != null) {
            String dial = "tel:" + profile.phone().replaceAll("[^+0-9]", "");
            fact("associations.field.phone", new Anchor(dial, profile.phone()));
        }
        if (profile.verified() && profile.verifiedAt() != null) {
            String when = Formats.longDate(
                    java.time.LocalDate.ofInstant(profile.verifiedAt(), TimeZones.OFFICE), getLocale());
            fact(
                    "associations.verified-on",
                    new Span(
                            profile.verifiedByName() == null
                                    ? when
                                    : getTranslation("associations.verified-by", when, profile.verifiedByName())));
        }
        add(badges, description, facts);
    }

    private void fact(String labelKey, Component value) {
        // "Countries of origin:" in English, "Pays d'origine :" in French
        Span label = new Span(getTranslation("associations.fact-label", getTranslation(labelKey)) + " ");
        label.getStyle().set("font-weight", "600");
        facts.add(new Div(label, value));
    }
}
