package org.passerelle.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.voting.BallotClosing;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotLists.Declaration;
import org.passerelle.voting.BallotLists.RankedProposal;
import org.passerelle.voting.BallotNotFoundException;
import org.passerelle.voting.BallotQueries;
import org.passerelle.voting.BallotResults;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotState;
import org.passerelle.voting.BallotView;

/**
 * One ballot: the panel, the results with the CSV download when visible, the call's ranking for scoring
 * ballots, and for staff the declarations and the actions (close early, extend, record the decision).
 */
@Route("voting/ballots/:id")
@PermitAll
public final class BallotResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final HorizontalLayout actions = new HorizontalLayout();
    final Grid<Declaration> declarations = ComponentTexts.translated(new Grid<>());
    final Grid<RankedProposal> ranking = ComponentTexts.translated(new Grid<>());
    Anchor csv;
    private final BallotService ballots;
    private final BallotQueries queries;
    private final BallotClosing closing;
    private BallotView ballot;

    BallotResultsView(BallotService ballots, BallotQueries queries, BallotClosing closing) {
        this.ballots = ballots;
        this.queries = queries;
        this.closing = closing;
        addClassName("passerelle-page");
        declarations.addColumn(Declaration::name).setHeader(getTranslation("voting.declarations.name"));
        declarations
                .addColumn(d -> d.conflict() == null
                        ? getTranslation("voting.declarations.none")
                        : getTranslation(d.conflict().messageKey()))
                .setHeader(getTranslation("voting.declarations.conflict"));
        declarations
                .addColumn(d -> d.note() == null ? "" : d.note())
                .setHeader(getTranslation("voting.declarations.note"));
        declarations
                .addColumn(
                        d -> getTranslation(d.voted() ? "voting.declarations.voted" : "voting.declarations.not-voted"))
                .setHeader(getTranslation("voting.declarations.took-part"));
        declarations.setAllRowsVisible(true);
        ranking.addColumn(r -> r.proposalTitle()).setHeader(getTranslation("voting.ballots.proposal"));
        ranking.addColumn(r -> String.format(getLocale(), "%.2f", r.weightedTotal()))
                .setHeader(getTranslation("voting.ranking.total"));
        ranking.addColumn(RankedProposal::voterCount).setHeader(getTranslation("voting.ranking.voters"));
        ranking.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | BallotNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long id) {
        ballot = queries.get(id);
        removeAll();
        add(VotingFormat.proposalLink(ballot.proposalId(), ballot.proposalTitle()));
        add(new BallotPanel(ballots, queries, ballot));
        if (ballot.resultsVisible()) {
            csv = new Anchor(
                    DownloadHandler.fromInputStream(download -> {
                        byte[] bytes = queries.exportCsv(id).getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "ballot-" + id + ".csv",
                                "text/csv;charset=UTF-8",
                                bytes.length);
                    }),
                    getTranslation("voting.results.csv"));
            add(csv);
        }
        if (ballot.kind() == BallotKind.SCORING && ballot.resultsVisible()) {
            ranking.setItems(queries.ranking(ballot.callId()));
            add(new H3(getTranslation("voting.ranking.title")), ranking);
        }
        if (ballot.mayManage()) {
            staffPart();
        }
    }

    private void staffPart() {
        actions.removeAll();
        boolean running = ballot.state() == BallotState.OPEN || ballot.state() == BallotState.SCHEDULED;
        if (running) {
            actions.add(
                    new Button(getTranslation("voting.staff.close"), click -> dialog(StaffActionDialog.Kind.CLOSE)));
            actions.add(
                    new Button(getTranslation("voting.staff.extend"), click -> dialog(StaffActionDialog.Kind.EXTEND)));
        }
        if (ballot.state() == BallotState.CLOSED) {
            actions.add(
                    new Button(getTranslation("voting.staff.decide"), click -> dialog(StaffActionDialog.Kind.DECIDE)));
        }
        declarations.setItems(queries.declarations(ballot.id()));
        add(actions, new H3(getTranslation("voting.declarations.title")), declarations);
    }

    private void dialog(StaffActionDialog.Kind kind) {
        BallotResults results =
                kind == StaffActionDialog.Kind.DECIDE && ballot.resultsVisible() ? queries.results(ballot.id()) : null;
        new StaffActionDialog(kind, ballot.closesAt(), results, answer -> {
                    switch (kind) {
                        case CLOSE -> closing.closeEarly(ballot.id(), answer.reason());
                        case EXTEND -> closing.extend(ballot.id(), answer.closesAt(), answer.reason());
                        case DECIDE -> closing.recordDecision(ballot.id(), answer.decision(), answer.reason());
                    }
                    Feedback.success(
                            switch (kind) {
                                case CLOSE -> getTranslation("voting.staff.done.CLOSE");
                                case EXTEND -> getTranslation("voting.staff.done.EXTEND");
                                case DECIDE -> getTranslation("voting.staff.done.DECIDE");
                            });
                    show(ballot.id());
                })
                .open();
    }

    @Override
    public String getPageTitle() {
        return ballot == null ? getTranslation("voting.panel.title") : ballot.proposalTitle();
    }
}
