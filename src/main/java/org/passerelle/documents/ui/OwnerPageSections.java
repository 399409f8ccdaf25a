package org.passerelle.documents.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.passerelle.base.SubjectRef;
import org.passerelle.calls.CallPageSection;
import org.passerelle.calls.CallSummary;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentsProperties;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ui.ProposalPageSection;
import org.passerelle.sessions.SessionPageSection;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.spaces.SpacePageSection;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts a {@link DocumentsPanel} on the pages of spaces (their library), calls (their reference documents) and
 * proposals (their supporting documents)
 * through the sections those modules offer, so that they never depend on this module.
 */
@Configuration
class OwnerPageSections {

    @Bean
    @org.springframework.core.annotation.Order(20)
    SpacePageSection spaceDocuments(
            DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        return (SpaceSummary space) -> panel(SubjectRef.space(space.id()), documents, changes, properties);
    }

    @Bean
    CallPageSection callDocuments(DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        return (CallSummary call) -> panel(SubjectRef.call(call.id()), documents, changes, properties);
    }

    /** A session's material. */
    @Bean
    SessionPageSection sessionDocuments(
            DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        return (SessionSummary session) -> panel(SubjectRef.session(session.id()), documents, changes, properties);
    }

    /** The proposal's documents, on its page and in its editor (upload while the authors may edit). */
    @Bean
    ProposalPageSection proposalDocuments(
            DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        return new ProposalPageSection() {
            @Override
            public Optional<Component> sectionFor(ProposalView proposal) {
                return Optional.of(panel(SubjectRef.proposal(proposal.id()), documents, changes, properties));
            }

            @Override
            public boolean inEditor() {
                return true;
            }
        };
    }

    private static Component panel(
            SubjectRef owner, DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        return new DocumentsPanel(owner, documents, changes, properties);
    }
}
