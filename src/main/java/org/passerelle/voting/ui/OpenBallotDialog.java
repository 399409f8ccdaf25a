package org.passerelle.voting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.calls.Criterion;
import org.passerelle.spaces.SpaceMembership;
import org.passerelle.voting.BallotChoices;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotLists.ProposalToBallot;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotSettings;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Threshold;

/**
 * Staff choose the settings of a ballot (fixed once it opens); the service checks them all. The fields follow the
 * kind: a yes/no vote asks for its threshold and whether "no" needs a reason; a scoring ballot shows the call's
 * criteria with their weights instead. Board members whose invitation to the space is pending are named: they are
 * not in the electorate.
 */
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
    final Div criteria = new Div();
    final Paragraph pending = new Paragraph();
    final Button confirm = new Button();

    OpenBallotDialog(BallotOpening ballots, ProposalToBallot proposal, Consumer<BallotView> onOpened) {
        setHeaderTitle(getTranslation("voting.open.title", proposal.proposalTitle()));
        setWidth("min(48rem, 100vw)");
        kind.setLabel(getTranslation("voting.open.kind"));
        kind.setItems(BallotKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        reasonRequiredForNo.setLabel(getTranslation("voting.open.reason-for-no"));
        BallotChoices choices = ballots.choices(proposal.proposalId());
        electorate.setLabel(getTranslation("voting.open.electorate"));
        electorate.setHelperText(getTranslation("voting.open.electorate-help"));
        electorate.setItems(choices.boardMembers());
        electorate.setItemLabelGenerator(SpaceMembership::displayName);
        pending.setText(getTranslation(
                "voting.open.pending",
                choices.pendingBoardMembers().size(),
                String.join(", ", choices.pendingBoardMembers())));
        pending.setVisible(!choices.pendingBoardMembers().isEmpty());
        showCriteria(choices.criteria());
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
        kind.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        kind.setValue(BallotKind.DECISION);
        FormLayout form = new FormLayout(
                kind,
                criteria,
                reasonRequiredForNo,
                electorate,
                pending,
                opensAt,
                closesAt,
                quorum,
                threshold,
                secret,
                resultsLive);
        form.setColspan(criteria, 2);
        form.setColspan(pending, 2); // beside the electorate it is about
        add(form);
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

    /** Only the fields that mean something for this kind of ballot. */
    private void showFieldsOf(BallotKind chosen) {
        boolean decision = chosen != BallotKind.SCORING;
        reasonRequiredForNo.setVisible(decision);
        threshold.setVisible(decision);
        criteria.setVisible(!decision);
    }

    private void showCriteria(List<Criterion> called) {
        if (called.isEmpty()) {
            criteria.add(new Paragraph(getTranslation("voting.open.no-criteria")));
            return;
        }
        UnorderedList list = new UnorderedList();
        called.forEach(c -> list.add(new ListItem(
                getTranslation("voting.open.criterion", c.name(getLocale()).text(), c.weight()))));
        criteria.add(new Paragraph(getTranslation("voting.open.criteria")), list);
    }
}
