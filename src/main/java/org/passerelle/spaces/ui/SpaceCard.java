package org.passerelle.spaces.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.passerelle.spaces.SpaceSummary;

/** One space in a list: title, stage, access, the reader's role, and open / join. */
final class SpaceCard extends Div {

    final RouterLink open;
    final Button join = new Button();

    SpaceCard(SpaceSummary space, Runnable onJoin) {
        addClassName("passerelle-card");
        H3 title = new H3();
        add(new Div(SpaceTexts.withMarker(this, space.title(getLocale()), title)));
        add(SpaceBadges.of(this, space));
        String description = space.description(getLocale()).text();
        if (!description.isEmpty()) {
            Paragraph excerpt =
                    new Paragraph(description.length() > 240 ? description.substring(0, 240) + "…" : description);
            add(excerpt);
        }
        open = new RouterLink(
                getTranslation("spaces.open"), SpaceView.class, new RouteParameters("id", String.valueOf(space.id())));
        open.getElement().setAttribute("aria-label", getTranslation("spaces.open") + " " + title.getText());
        HorizontalLayout actions = new HorizontalLayout(open);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (space.mayJoin()) {
            join.setText(getTranslation("spaces.join"));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            join.addClickListener(click -> onJoin.run());
            actions.add(join);
        }
        add(actions);
    }

    /** The title's text, for tests and labels. */
    String titleText() {
        return getChildren()
                .findFirst()
                .flatMap(d -> d.getChildren().findFirst())
                .map(c -> c.getElement().getText())
                .orElse("");
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
