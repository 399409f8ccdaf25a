package org.passerelle.proposals.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.passerelle.proposals.Ineligibility;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.Section;

/** What still stands between the draft and its submission: the rules it breaks, then its empty sections. */
final class ReadinessChecklist extends Div {

    final UnorderedList items = new UnorderedList();

    ReadinessChecklist() {
        addClassName("passerelle-card");
        add(new H3(getTranslation("proposals.checklist")), items);
    }

    /**
     * @param blocking why the proposal could not be submitted now, beyond its empty sections
     * @return whether it is ready to submit
     */
    boolean show(ProposalView proposal, List<Ineligibility> blocking) {
        items.removeAll();
        boolean ready = proposal.missingSections().isEmpty() && blocking.isEmpty();
        if (ready) {
            items.add(new ListItem(getTranslation("proposals.checklist.ready")));
        }
        for (Ineligibility reason : blocking) {
            ListItem item = new ListItem(getTranslation(
                    "proposals.checklist.blocked",
                    getTranslation(reason.messageKey(), reason.arguments().toArray())));
            item.addClassName("passerelle-blocking");
            items.add(item);
        }
        for (Section section : proposal.missingSections()) {
            items.add(
                    new ListItem(getTranslation("proposals.checklist.missing", getTranslation(section.messageKey()))));
        }
        return ready;
    }
}
