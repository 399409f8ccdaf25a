package org.passerelle.sessions;

import com.vaadin.flow.component.Component;

/**
 * A section that another module adds to a session's page (e.g. its documents), so that this module shows it
 * without depending on that module. Implementations are Spring beans; the page asks each for its component.
 */
public interface SessionPageSection {

    /** The section for this session as the reader sees it, or {@code null} to show nothing. */
    Component create(SessionSummary session);
}
