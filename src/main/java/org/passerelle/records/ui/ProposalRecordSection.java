package org.passerelle.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.records.DecisionExports;

/**
 * "Decision record (PDF / Markdown)" on a proposal's page, once submitted, for those who may read its review:
 * its association, staff and the board members of its space.
 */
@org.springframework.stereotype.Component
class ProposalRecordSection implements PageSection<ProposalView> {

    private final DecisionExports exports;

    ProposalRecordSection(DecisionExports exports) {
        this.exports = exports;
    }

    @Override
    public Optional<Component> create(ProposalView proposal) {
        if (proposal.state() == ProposalState.DRAFT || !exports.mayReadRecord(proposal.id())) {
            return Optional.empty();
        }
        return Optional.of(new Buttons(exports, proposal.id(), UI.getCurrent().getLocale()));
    }

    @Override
    public int order() {
        return 60; // after the ballot (10), near the page's end
    }

    static final class Buttons extends Div {

        final Anchor pdf;
        final Anchor markdown;

        Buttons(DecisionExports exports, long proposalId, Locale locale) {
            addClassName("passerelle-decision-record");
            String name = "decision-record-proposal-" + proposalId;
            pdf = Downloads.link(
                    getTranslation("records.record.pdf"),
                    name + ".pdf",
                    "application/pdf",
                    () -> exports.proposalRecordPdf(proposalId, locale));
            markdown = Downloads.link(
                    getTranslation("records.record.markdown"),
                    name + ".md",
                    "text/markdown;charset=UTF-8",
                    () -> exports.proposalRecordMarkdown(proposalId, locale));
            add(new H3(getTranslation("records.section.proposal.title")), pdf, markdown);
        }
    }
}
