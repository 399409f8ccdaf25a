package org.passerelle.discussions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import java.util.stream.Stream;
import org.passerelle.discussions.ReportService;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;

/**
 * The number of reported messages waiting, as a badge on the "Moderation" entry of the side navigation,
 * refreshed at each navigation of staff (only they see the entry). The navigation belongs to the shell;
 * the badge is added to its item from here so that the shell needs to know nothing of moderation.
 */
@org.springframework.stereotype.Component
class ModerationBadge implements VaadinServiceInitListener {

    private final ReportService reports;
    private final CurrentUser currentUser;

    ModerationBadge(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
                    if (currentUser.hasRole(Role.STAFF)) {
                        update(init.getUI(), (int) reports.waitingCount());
                    }
                }));
    }

    /** Shows the count on the navigation item of the moderation view, if the page has one. */
    static void update(Component anywhere, int count) {
        anywhere.getUI().ifPresent(ui -> update(ui, count));
    }

    static void update(UI ui, int count) {
        ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(RouterLayout.class::isInstance)
                .map(HasElement.class::cast)
                .flatMap(layout -> layout.getElement().getComponent().stream())
                .flatMap(ModerationBadge::descendants)
                .filter(SideNavItem.class::isInstance)
                .map(SideNavItem.class::cast)
                .filter(item -> item.getPath() != null && item.getPath().endsWith("moderation"))
                .findFirst()
                .ifPresent(item -> item.setSuffixComponent(badge(item, count).orElse(null)));
    }

    private static Optional<Span> badge(SideNavItem item, int count) {
        if (count == 0) {
            return Optional.empty();
        }
        Span badge = new Span(String.valueOf(count));
        badge.addClassName("moderation-badge");
        badge.getElement().setAttribute("theme", "badge error pill small");
        badge.getElement().setAttribute("aria-label", item.getTranslation("discussions.queue.badge", count));
        return Optional.of(badge);
    }

    private static Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ModerationBadge::descendants));
    }
}
