package org.passerelle.voting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.spaces.SpaceMembership;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotLists.ProposalToBallot;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotSettings;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Threshold;

/** Staff choose the settings of a ballot (fixed once it opens); the service checks them all. */
final class OpenBallotDialog extends Dialog {

    final RadioButtonGroup<BallotKind> kind = new RadioButtonGroup<>();
    final Checkbox reasonRequiredForNo = new Checkbox();
    final MultiSelectComboBox<SpaceMembership> electorate = new MultiSelectComboBox<>();
    final DateTimePicker opensAt = ComponentTexts.translated(new DateTimePicker());
    final DateTimePicker closesAt = ComponentTexts.translated(new DateTimePicker());
    final IntegerField quorum = new IntegerField();
    final RadioButtonGroup<Threshold> threshold = new RadioButtonGroup<>();
    final Checkbox secret = new Checkbox();
    final Checkbox resultsLive = new Checkbox();
    final Button confirm = new Button();

    OpenBallotDialog(BallotOpening ballots, ProposalToBallot proposal, Consumer<BallotView> onOpened) {
        setHeaderTitle(getTranslation("voting.open.title", proposal.proposalTitle()));
        setWidth("min(48rem, 100vw)");
        kind.setLabel(getTranslation("voting.open.kind"));
        kind.setItems(BallotKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(BallotKind.DECISION);
        reasonRequiredForNo.setLabel(getTranslation("voting.open.reason-for-no"));
        electorate.setLabel(getTranslation("voting.open.electorate"));
        electorate.setHelperText(getTranslation("voting.open.electorate-help"));
        electorate.setItems(ballots.boardMembers(proposal.proposalId()));
        electorate.setItemLabelGenerator(SpaceMembership::displayName);
        LocalDateTime now = VotingFormat.brussels(java.time.Instant.now()).truncatedTo(ChronoUnit.MINUTES);
        opensAt.setLabel(getTranslation("voting.open.opens-at"));
        opensAt.setHelperText(getTranslation("voting.open.brussels"));
        opensAt.setValue(now);
        closesAt.setLabel(getTranslation("voting.open.closes-at"));
        closesAt.setHelperText(getTranslation("voting.open.brussels"));
        closesAt.setValue(now.plusDays(7));
        quorum.setLabel(getTranslation("voting.open.quorum"));
        quorum.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        quorum.setValue(50);
        threshold.setLabel(getTranslation("voting.open.threshold"));
        threshold.setItems(Threshold.values());
        threshold.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        threshold.setValue(Threshold.SIMPLE_MAJORITY);
        secret.setLabel(getTranslation("voting.open.secret"));
        resultsLive.setLabel(getTranslation("voting.open.results-live"));
        secret.addValueChangeListener(change -> {
            resultsLive.setEnabled(!change.getValue());
            if (change.getValue()) {
                resultsLive.setValue(false);
            }
        });
        add(new FormLayout(
                kind, reasonRequiredForNo, electorate, opensAt, closesAt, quorum, threshold, secret, resultsLive));
        confirm.setText(getTranslation("voting.open.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields =
                Map.of("closesAt", closesAt, "quorum", quorum, "electorate", electorate, "resultsLive", resultsLive);
        confirm.addClickListener(click -> {
            Feedback.clear(fields);
            try {
                BallotView opened = ballots.open(
                        proposal.proposalId(),
                        new BallotSettings(
                                kind.getValue(),
                                reasonRequiredForNo.getValue(),
                                electorate.getValue().stream()
                                        .map(SpaceMembership::accountId)
                                        .toList(),
                                VotingFormat.instant(opensAt.getValue()),
                                VotingFormat.instant(closesAt.getValue()),
                                quorum.getValue(),
                                threshold.getValue(),
                                secret.getValue(),
                                resultsLive.getValue()));
                close();
                onOpened.accept(opened);
            } catch (UserFacingException refusal) {
                Feedback.show(refusal, fields);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
