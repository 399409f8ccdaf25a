package org.passerelle.sessions.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import org.passerelle.base.ui.PageSection;
import org.passerelle.spaces.SpaceSummary;

/** The link from a space's page to its sessions, for those who take part in the space. */
@org.springframework.stereotype.Component
class SpaceSessionsLink implements PageSection<SpaceSummary> {

    @Override
    public Optional<com.vaadin.flow.component.Component> create(SpaceSummary space) {
        if (!space.mayTakePart()) {
            return Optional.empty();
        }
        Anchor link = new Anchor("spaces/" + space.id() + "/sessions", ""); // SpaceSessionsView
        link.setText(link.getTranslation("sessions.space-link"));
        return Optional.of(link);
    }

    @Override
    public int order() {
        return -10; // before the thread and the library
    }
}
