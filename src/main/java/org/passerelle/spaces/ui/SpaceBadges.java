package org.passerelle.spaces.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.passerelle.spaces.SpaceSummary;

/** Stage, access mode, archived state and the reader's role, as badges. */
final class SpaceBadges {

    private SpaceBadges() {}

    static HorizontalLayout of(Component owner, SpaceSummary space) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(true);
        badges.getStyle().set("flex-wrap", "wrap");
        badges.add(SpaceCard.badge(owner.getTranslation(space.stage().messageKey()), "success"));
        badges.add(SpaceCard.badge(owner.getTranslation(space.accessMode().messageKey()), "contrast"));
        if (space.archived()) {
            badges.add(SpaceCard.badge(owner.getTranslation("spaces.archived-badge"), "error"));
        }
        if (space.myRole() != null) {
            badges.add(SpaceCard.badge(
                    owner.getTranslation(
                            "spaces.my-role",
                            owner.getTranslation(space.myRole().messageKey())),
                    ""));
        }
        return badges;
    }
}
