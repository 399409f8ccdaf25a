package org.passerelle.spaces;

import com.vaadin.flow.component.Component;

/**
 * A section that another module adds to a space's page (e.g. the documents library), so that this module shows
 * it without depending on that module. Implementations are Spring beans; the page asks each for its component.
 */
public interface SpacePageSection {

    /** The section for this space as the reader sees it, or {@code null} to show nothing. */
    Component create(SpaceSummary space);
}
