package org.passerelle.discussions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.List;

/**
 * Parts of a thread panel that are often hidden (the lock notice, the pinned message, the moderation bar, the
 * reply box, the mention suggestions…) stay out of the page while hidden and come back in their place when shown:
 * a hidden component still costs the server its whole state, kept unsent, for as long as the page is open, and
 * hundreds of open pages each carried several of them.
 */
final class HiddenParts {

    private HiddenParts() {}

    /**
     * Shows or hides {@code part} of {@code parent}, whose parts come in {@code order} (the parts not attached
     * now are skipped when counting where it goes).
     */
    static void show(HasComponents parent, List<? extends Component> order, Component part, boolean visible) {
        part.setVisible(visible);
        boolean attached = part.getParent().filter(p -> p == parent).isPresent();
        if (visible && !attached) {
            int index = 0;
            for (Component other : order) {
                if (other == part) {
                    break;
                }
                if (other.getParent().filter(p -> p == parent).isPresent()) {
                    index++;
                }
            }
            parent.addComponentAtIndex(index, part);
        } else if (!visible && attached) {
            parent.remove(part);
        }
    }
}
