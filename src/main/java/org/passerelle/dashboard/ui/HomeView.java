package org.passerelle.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.base.ui.LiveUpdates;
import org.passerelle.base.ui.PageSection;
import org.passerelle.dashboard.HomeBlock;
import org.passerelle.dashboard.HomeBlocks;
import org.passerelle.dashboard.HomeTopic;
import org.passerelle.dashboard.HomeUpdates;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The home page: what waits for the person, block by block for each role they hold (counts, the first items,
 * the full list, or what to do when empty), refreshed live when something of a block's kind changes; then the
 * sections other modules add ({@code PageSection<SignedInPerson>}, e.g. what changed since the last visit).
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public final class HomeView extends Main implements HasDynamicTitle {

    final H2 greeting = new H2();
    final Div blocks = new Div();
    final Anchor pipeline = new Anchor("pipeline", "");
    private final HomeBlocks homeBlocks;
    private final Viewer viewer = Viewer.current();

    HomeView(
            CurrentUser currentUser,
            HomeBlocks homeBlocks,
            HomeUpdates updates,
            ObjectProvider<PageSection<SignedInPerson>> sections) {
        this.homeBlocks = homeBlocks;
        addClassName("passerelle-page");
        SignedInPerson person = currentUser.require();
        greeting.setText(getTranslation("dashboard.welcome", person.displayName()));
        blocks.addClassName("dashboard-blocks");
        add(greeting);
        if (person.hasRole(Role.STAFF) || person.hasRole(Role.BOARD_MEMBER)) {
            pipeline.setText(getTranslation("dashboard.pipeline-link"));
            add(pipeline);
        }
        List<HomeBlock> shown = show();
        add(blocks);
        PageSection.render(sections, person, false).forEach(this::add);
        Set<HomeTopic> topics = EnumSet.noneOf(HomeTopic.class);
        shown.forEach(block -> topics.add(block.topic()));
        for (HomeTopic topic : topics) {
            LiveUpdates.bind(this, updates.relay(), topic, change -> viewer.run(this::show));
        }
    }

    /** (Re)reads every block as the person sees it now. */
    private List<HomeBlock> show() {
        List<HomeBlock> found = homeBlocks.forMe(getLocale());
        blocks.removeAll();
        found.stream().map(BlockCard::new).map(Component.class::cast).forEach(blocks::add);
        return found;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
