package org.passerelle.calls.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tabs over sections of a long form, so that each part is one tap away on a phone. Unlike a tab sheet, every
 * section stays in the page (only hidden), so that a refusal can be shown on its field and its tab selected.
 */
final class SectionTabs extends Tabs {

    private final Map<Tab, Div> sections = new LinkedHashMap<>();

    SectionTabs() {
        setWidthFull();
        addSelectedChangeListener(change -> showSelected());
    }

    /** A new tab and its (empty) section; the caller places the section in the page. */
    Div section(String label, Component... content) {
        Tab tab = new Tab(label);
        Div section = new Div(content);
        section.getStyle().set("padding-top", "var(--lumo-space-s)");
        sections.put(tab, section);
        add(tab);
        showSelected();
        return section;
    }

    /** Selects the tab of the section that holds this component (if any). */
    void reveal(Component component) {
        sections.forEach((tab, section) -> {
            if (contains(section, component)) {
                setSelectedTab(tab);
            }
        });
    }

    Tab tabOf(Div section) {
        return sections.entrySet().stream()
                .filter(e -> e.getValue() == section)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    private void showSelected() {
        sections.forEach((tab, section) -> section.setVisible(tab == getSelectedTab()));
    }

    private static boolean contains(Component ancestor, Component component) {
        Component current = component;
        while (current != null) {
            if (current == ancestor) {
                return true;
            }
            current = current.getParent().orElse(null);
        }
        return false;
    }
}
