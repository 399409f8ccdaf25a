package org.passerelle.documents.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.ui.PageSection;
import org.passerelle.calls.CallSummary;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsProperties;
import org.passerelle.proposals.FollowUp;
import org.passerelle.proposals.ProposalView;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The documents panel as a section of the pages of every owner: a space's library, a call's reference
 * documents, a session's material, a proposal's supporting documents (also beside its editor), the files of a
 * progress report.
 */
@Configuration
class OwnerPageSections {

    static final int ORDER = 20;

    @Bean
    PageSection<SpaceSummary> spaceDocuments(
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        return section(
                SpaceSummary::id,
                SubjectRef::space,
                PageSection.Placement.PAGE,
                documents,
                uploads,
                changes,
                properties);
    }

    @Bean
    PageSection<CallSummary> callDocuments(
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        return section(
                CallSummary::id, SubjectRef::call, PageSection.Placement.PAGE, documents, uploads, changes, properties);
    }

    @Bean
    PageSection<SessionSummary> sessionDocuments(
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        return section(
                SessionSummary::id,
                SubjectRef::session,
                PageSection.Placement.PAGE,
                documents,
                uploads,
                changes,
                properties);
    }

    @Bean
    PageSection<ProposalView> proposalDocuments(
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        return section(
                ProposalView::id,
                SubjectRef::proposal,
                PageSection.Placement.PAGE_AND_EDITOR,
                documents,
                uploads,
                changes,
                properties);
    }

    /** The files of each progress report of a proposal under way (photos, receipts, a partner's report). */
    @Bean
    PageSection<FollowUp.ReportInfo> progressReportFiles(
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        return report -> Optional.of(DocumentsPanel.attachments(
                SubjectRef.progressReport(report.id()), documents, uploads, changes, properties));
    }

    private static <S> PageSection<S> section(
            java.util.function.ToLongFunction<S> id,
            java.util.function.LongFunction<SubjectRef> owner,
            PageSection.Placement placement,
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        return new PageSection<>() {
            @Override
            public Optional<Component> create(S subject) {
                return Optional.of(new DocumentsPanel(
                        owner.apply(id.applyAsLong(subject)), documents, uploads, changes, properties));
            }

            @Override
            public int order() {
                return ORDER;
            }

            @Override
            public Placement placement() {
                return placement;
            }
        };
    }
}
