package org.passerelle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;

/**
 * What an open page holds in Vaadin's state tree, counted: every state node costs the server a node, its
 * features and their maps for as long as the page is open, whatever the node shows.
 */
public final class StateNodes {

    private StateNodes() {}

    /** Every state node of the UI, from its root. */
    public static int count(UI ui) {
        int[] count = {0};
        visit(ui.getInternals().getStateTree().getRootNode(), node -> count[0]++);
        return count[0];
    }

    /** The nodes of a component's element and everything below it. */
    public static int count(Component component) {
        int[] count = {0};
        visit(component.getElement().getNode(), node -> count[0]++);
        return count[0];
    }

    private static void visit(StateNode node, java.util.function.Consumer<StateNode> each) {
        each.accept(node);
        node.forEachChild(child -> visit(child, each));
    }
}
