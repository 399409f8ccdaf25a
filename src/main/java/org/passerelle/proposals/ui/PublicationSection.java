package org.passerelle.proposals.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.passerelle.accounts.AccountService;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.ProposalLifecycle;
import org.passerelle.proposals.ProposalPublications;
import org.passerelle.proposals.ProposalView;

/**
 * "Public outcomes page" on the page of an accepted proposal (or later): whether it is published and who agreed;
 * its co-authors agree, change the summary or withdraw. Nothing, and no look-up, for a proposal not accepted yet.
 */
@org.springframework.stereotype.Component
class PublicationSection implements PageSection<ProposalView> {

    private final ProposalPublications publications;
    private final AccountService accounts;

    PublicationSection(ProposalPublications publications, AccountService accounts) {
        this.publications = publications;
        this.accounts = accounts;
    }

    @Override
    public Optional<Component> create(ProposalView proposal) {
        if (!ProposalLifecycle.publishable(proposal.state())) {
            return Optional.empty();
        }
        return Optional.of(new PublicationPanel(publications, accounts, proposal.id()));
    }

    @Override
    public int order() {
        return 55; // after the ballot (10), before the decision record (60)
    }
}
