package org.passerelle.associations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/** What the associations views show the same way: names of countries and sectors, badges, refusals. */
final class AssociationTexts {

    private AssociationTexts() {}

    static String countries(Locale locale, List<String> codes) {
        return codes.stream().map(code -> Countries.name(code, locale)).collect(Collectors.joining(", "));
    }

    static String sectors(Component owner, Collection<Sector> sectors) {
        return sectors.stream().map(s -> owner.getTranslation(s.messageKey())).collect(Collectors.joining(", "));
    }

    static String nameWithAcronym(String name, String acronym) {
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }

    /** The "verified" badge: staff have checked that the association exists and is what it says. */
    static Span verifiedBadge(Component owner) {
        Span badge = new Span(owner.getTranslation("associations.verified"));
        badge.getElement().getThemeList().add("badge success");
        badge.getElement().setAttribute("title", owner.getTranslation("associations.verified.hint"));
        return badge;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme.isEmpty() ? "badge" : "badge " + theme);
        return badge;
    }

    /**
     * Runs a service call and shows its refusal, if any, as a notification. A per-object refusal (e.g. the
     * person stopped being a contact since the page was opened) arrives as an access-denied error.
     */
    static boolean attempt(Component owner, Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        } catch (AccessDeniedException denied) {
            Feedback.error(owner.getTranslation("associations.error.not-allowed"));
        }
        return false;
    }
}
