package org.passerelle.proposals.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.passerelle.proposals.ProposalView;
import org.springframework.modulith.NamedInterface;

/**
 * A section that another module adds to the proposal page (e.g. the ballot of the voting module), so that
 * the page needs no import of that module: modules that depend on proposals contribute beans of this type
 * and the page shows what they return, in bean order.
 */
@NamedInterface("page-sections")
public interface ProposalPageSection {

    /** The component to show for this proposal to the signed-in person, or empty for none. */
    Optional<Component> sectionFor(ProposalView proposal);

    /** Whether the section also belongs in the editor, beside the draft (e.g. supporting documents). */
    default boolean inEditor() {
        return false;
    }
}
