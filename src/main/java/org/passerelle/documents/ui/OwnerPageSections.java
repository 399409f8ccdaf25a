package org.passerelle.documents.ui;

import com.vaadin.flow.component.Component;
import org.passerelle.calls.CallPageSection;
import org.passerelle.calls.CallSummary;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentsProperties;
import org.passerelle.documents.OwnerRef;
import org.passerelle.spaces.SpacePageSection;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts a {@link DocumentsPanel} on the pages of spaces (their library) and calls (their reference documents)
 * through the sections those modules offer, so that they never depend on this module.
 */
@Configuration
class OwnerPageSections {

    @Bean
    SpacePageSection spaceDocuments(
            DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        return (SpaceSummary space) -> panel(OwnerRef.space(space.id()), documents, changes, properties);
    }

    @Bean
    CallPageSection callDocuments(DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        return (CallSummary call) -> panel(OwnerRef.call(call.id()), documents, changes, properties);
    }

    private static Component panel(
            OwnerRef owner, DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        return new DocumentsPanel(owner, documents, changes, properties);
    }
}
