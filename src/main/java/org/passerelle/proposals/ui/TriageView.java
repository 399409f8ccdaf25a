package org.passerelle.proposals.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.passerelle.proposals.TriageQueue;
import org.passerelle.proposals.TriageRow;
import org.passerelle.security.Role;

/**
 * Staff: the proposals submitted or in review, the longest waiting first, with their call, association and how long
 * they have waited, to move each one on.
 */
@Route("triage")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 17, title = "nav.triage", icon = "vaadin:inbox")
public final class TriageView extends Main implements HasDynamicTitle {

    final TriageGrid grid = new TriageGrid();

    TriageView(TriageQueue triage) {
        addClassName("passerelle-page");
        List<TriageRow> waiting = triage.waiting(getLocale());
        grid.setItems(waiting);
        add(new Paragraph(getTranslation("proposals.triage.intro", waiting.size())), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposals.triage.title");
    }
}
