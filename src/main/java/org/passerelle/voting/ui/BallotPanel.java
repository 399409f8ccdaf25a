package org.passerelle.voting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.voting.BallotEvents;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotQueries;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotState;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Choice;
import org.passerelle.voting.Conflict;
import org.passerelle.voting.VoteForm;

/**
 * The ballot of a proposal, as the proposal page shows it: settings and deadline, how many are recused,
 * the elector's declaration, vote (changeable until closing) and own vote, and the results when visible.
 */
public final class BallotPanel extends Div {

    final RadioButtonGroup<Conflict> conflict = new RadioButtonGroup<>();
    final TextField note = new TextField();
    final Button declare = new Button();
    final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final List<IntegerField> scores = new ArrayList<>();
    final Button vote = new Button();
    final Paragraph myVote = new Paragraph();
    private final BallotService ballots;
    private final BallotQueries queries;
    private BallotView ballot;

    public BallotPanel(BallotService ballots, BallotQueries queries, BallotView ballot) {
        this.ballots = ballots;
        this.queries = queries;
        addClassName("passerelle-card");
        declare.setText(getTranslation("voting.panel.declare"));
        declare.addClickListener(click -> act(
                () -> ballots.declare(this.ballot.id(), conflict.getValue(), note.getValue()),
                "voting.panel.declared"));
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        vote.setDisableOnClick(true);
        vote.addClickListener(click -> {
            act(() -> ballots.castVote(this.ballot.id(), form()), "voting.panel.voted");
            vote.setEnabled(true);
        });
        show(ballot);
    }

    private void show(BallotView shown) {
        this.ballot = shown;
        removeAll();
        scores.clear();
        add(
                new H3(getTranslation("voting.panel.title")),
                VotingFormat.badge(this, shown.state().messageKey()));
        add(new Paragraph(getTranslation(
                "voting.panel.settings",
                getTranslation(shown.kind().messageKey()),
                getTranslation(shown.secret() ? "voting.panel.secret" : "voting.panel.open-ballot"),
                VotingFormat.when(shown.opensAt(), getLocale()),
                VotingFormat.when(shown.closesAt(), getLocale()))));
        String recused = getTranslation("voting.panel.recused", shown.recusedCount(), shown.electorateCount());
        if (!shown.recusedNames().isEmpty()) {
            recused += " (" + String.join(", ", shown.recusedNames()) + ")";
        }
        add(new Paragraph(recused), new Paragraph(getTranslation("voting.panel.voters", shown.voterCount())));
        if (shown.closeReason() != null) {
            add(new Paragraph(getTranslation("voting.panel.closed-because", shown.closeReason())));
        }
        if (shown.decision() != null) {
            add(new Paragraph(getTranslation(
                    "voting.panel.decision",
                    getTranslation(BallotEvents.BallotDecisionRecorded.outcomeKey(shown.decision())),
                    shown.decisionReason())));
        }
        if (shown.elector()) {
            showMine(shown);
        }
        if (shown.resultsVisible()) {
            add(new ResultsSummary(queries.results(shown.id())));
        }
        if (shown.resultsVisible() || shown.mayManage()) {
            add(new Anchor("voting/ballots/" + shown.id(), getTranslation("voting.panel.details")));
        }
    }

    private void showMine(BallotView shown) {
        boolean undecided = shown.state() == BallotState.OPEN || shown.state() == BallotState.SCHEDULED;
        if (shown.myConflict() != null) {
            add(new Paragraph(getTranslation(
                    "voting.panel.my-declaration",
                    getTranslation(shown.myConflict().messageKey()))));
        }
        if (undecided && shown.myConflict() != Conflict.AUTOMATIC) {
            conflict.setLabel(getTranslation("voting.panel.declare-label"));
            conflict.setItems(Conflict.NO_CONFLICT, Conflict.CONFLICT);
            conflict.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
            conflict.setValue(shown.myConflict());
            note.setLabel(getTranslation("voting.panel.note"));
            note.setMaxLength(1000);
            add(conflict, note, declare);
        }
        if (shown.myVote() != null) {
            VoteForm mine = shown.myVote();
            myVote.setText(getTranslation(
                    "voting.panel.my-vote",
                    mine.choice() != null
                            ? getTranslation(mine.choice().messageKey())
                            : mine.scores().toString()));
            add(myVote);
        } else if (shown.myVoted()) {
            myVote.setText(getTranslation("voting.panel.took-part-secret"));
            add(myVote);
        }
        if (shown.mayVote()) {
            add(voteForm(shown));
        }
    }

    private Div voteForm(BallotView shown) {
        Div form = new Div();
        if (shown.kind() == BallotKind.DECISION) {
            choice.setLabel(getTranslation("voting.panel.choice"));
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
            reason.setLabel(getTranslation(
                    shown.reasonRequiredForNo() ? "voting.panel.reason-required" : "voting.panel.reason"));
            reason.setMaxLength(2000);
            reason.setWidthFull();
            if (shown.myVote() != null) {
                choice.setValue(shown.myVote().choice());
                reason.setValue(
                        shown.myVote().reason() == null ? "" : shown.myVote().reason());
            }
            form.add(choice, reason);
        } else {
            for (int i = 0; i < shown.criteria().size(); i++) {
                var criterion = shown.criteria().get(i);
                IntegerField score = new IntegerField(getTranslation(
                        "voting.panel.score", criterion.name(getLocale()).text(), criterion.weight()));
                score.setMin(0);
                score.setMax(5);
                score.setStepButtonsVisible(true);
                if (shown.myVote() != null && shown.myVote().scores().size() > i) {
                    score.setValue(shown.myVote().scores().get(i));
                }
                scores.add(score);
                form.add(score);
            }
        }
        vote.setText(getTranslation(shown.myVote() == null ? "voting.panel.vote" : "voting.panel.change"));
        form.add(vote);
        return form;
    }

    private VoteForm form() {
        if (ballot.kind() == BallotKind.DECISION) {
            return VoteForm.decision(choice.getValue(), reason.getValue());
        }
        return VoteForm.scores(scores.stream().map(IntegerField::getValue).toList());
    }

    private void act(Supplier<BallotView> action, String successKey) {
        try {
            BallotView updated = action.get();
            Feedback.success(getTranslation(successKey));
            show(updated);
        } catch (UserFacingException refusal) {
            HasValidation scoresField = scores.isEmpty() ? reason : scores.getFirst();
            Feedback.show(
                    refusal,
                    Map.<String, HasValidation>of(
                            "reason", reason, "note", note, "scores", scoresField, "choice", choice));
        }
    }
}
