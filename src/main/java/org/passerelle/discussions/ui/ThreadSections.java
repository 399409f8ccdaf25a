package org.passerelle.discussions.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Function;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.ProposalView;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thread of a space, of a submitted proposal and of a session, as a section of their pages: the modules
 * that own those pages show it without depending on this one.
 */
@Configuration
class ThreadSections {

    @Bean
    PageSection<SpaceSummary> spaceThread(ThreadPanels panels) {
        return section(panels, space -> SubjectRef.space(space.id()), 10);
    }

    /** After the ballot and the documents: a draft has no thread. */
    @Bean
    PageSection<ProposalView> proposalThread(ThreadPanels panels) {
        return section(
                panels,
                proposal -> proposal.submittedVersion() == null ? null : SubjectRef.proposal(proposal.id()),
                30);
    }

    /** First on a session's page: the live thread of the meeting. */
    @Bean
    PageSection<SessionSummary> sessionThread(ThreadPanels panels) {
        return section(panels, session -> SubjectRef.session(session.id()), -10);
    }

    private static <S> PageSection<S> section(ThreadPanels panels, Function<S, SubjectRef> subject, int order) {
        return new PageSection<>() {
            @Override
            public Optional<Component> create(S page) {
                return Optional.ofNullable(subject.apply(page)).map(panels::create);
            }

            @Override
            public int order() {
                return order;
            }
        };
    }
}
