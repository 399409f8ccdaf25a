package org.passerelle.calls;

import com.vaadin.flow.component.Component;

/**
 * A section that another module adds to a call's page (e.g. its reference documents), so that this module shows
 * it without depending on that module. Implementations are Spring beans; the page asks each for its component.
 */
public interface CallPageSection {

    /** The section for this call as the reader sees it, or {@code null} to show nothing. */
    Component create(CallSummary call);
}
