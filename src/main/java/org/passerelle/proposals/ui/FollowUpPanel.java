package org.passerelle.proposals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.FollowUp;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Empower: milestones (with done marks), dated progress reports (each may name a milestone), and the impact
 * summary. Before the office starts the implementation, the reports part says when it opens.
 */
final class FollowUpPanel extends Div {

    final TextField milestoneTitle = new TextField();
    final DatePicker milestoneDue = ComponentTexts.translated(new DatePicker());
    final Button addMilestone = new Button();
    final DatePicker reportDate = ComponentTexts.translated(new DatePicker());
    final TextArea reportText = new TextArea();
    final ComboBox<FollowUp.MilestoneInfo> reportMilestone = new ComboBox<>();
    final Button addReport = new Button();
    final Paragraph reportsNote = new Paragraph();
    final TextArea impact = new TextArea();
    final Button saveImpact = new Button();
    private final FollowUpService followUps;
    private final ProposalView proposal;
    private final boolean author;
    /** Other modules' parts of each report (its files). */
    private final ObjectProvider<PageSection<FollowUp.ReportInfo>> reportSections;

    FollowUpPanel(
            FollowUpService followUps,
            ProposalView proposal,
            boolean author,
            ObjectProvider<PageSection<FollowUp.ReportInfo>> reportSections) {
        this.followUps = followUps;
        this.reportSections = reportSections;
        this.proposal = proposal;
        this.author = author;
        addClassName("passerelle-card");
        milestoneTitle.setLabel(getTranslation("proposals.follow-up.milestone-title"));
        milestoneTitle.setMaxLength(200);
        milestoneDue.setLabel(getTranslation("proposals.follow-up.milestone-due"));
        addMilestone.setText(getTranslation("proposals.follow-up.add-milestone"));
        addMilestone.addClickListener(click ->
                act(() -> followUps.addMilestone(proposal.id(), milestoneTitle.getValue(), milestoneDue.getValue())));
        reportDate.setLabel(getTranslation("proposals.follow-up.report-date"));
        reportDate.setValue(LocalDate.now());
        reportText.setLabel(getTranslation("proposals.follow-up.report-text"));
        reportText.setMaxLength(20_000);
        reportText.setHelperText(getTranslation("proposals.follow-up.report-files-hint"));
        reportText.setWidthFull();
        addReport.setText(getTranslation("proposals.follow-up.add-report"));
        reportMilestone.setLabel(getTranslation("proposals.follow-up.report-milestone"));
        reportMilestone.setItemLabelGenerator(FollowUp.MilestoneInfo::title);
        reportMilestone.setClearButtonVisible(true);
        reportMilestone.setWidthFull();
        addReport.addClickListener(click -> act(() -> followUps.addReport(
                proposal.id(),
                reportDate.getValue(),
                reportText.getValue(),
                reportMilestone.getValue() == null
                        ? null
                        : reportMilestone.getValue().id())));
        impact.setLabel(getTranslation("proposals.follow-up.impact"));
        impact.setMaxLength(20_000);
        impact.setWidthFull();
        saveImpact.setText(getTranslation("proposals.follow-up.save-impact"));
        saveImpact.addClickListener(click -> act(() -> followUps.setImpactSummary(proposal.id(), impact.getValue())));
        refresh();
    }

    private void refresh() {
        removeAll();
        FollowUp followUp = followUps.followUp(proposal.id());
        add(
                new H3(getTranslation("proposals.follow-up.title")),
                new H4(getTranslation("proposals.follow-up.milestones")));
        if (followUp.milestones().isEmpty()) {
            add(new Paragraph(getTranslation("proposals.follow-up.none")));
        }
        for (FollowUp.MilestoneInfo milestone : followUp.milestones()) {
            Checkbox done = new Checkbox(
                    milestone.title() + " — " + Formats.date(milestone.dueOn(), getLocale()), milestone.done());
            done.setEnabled(followUp.mayEdit());
            done.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    act(() -> followUps.setMilestoneDone(milestone.id(), event.getValue()));
                }
            });
            add(done);
        }
        if (followUp.mayEdit()) {
            HorizontalLayout form = new HorizontalLayout(milestoneTitle, milestoneDue, addMilestone);
            form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            form.getStyle().set("flex-wrap", "wrap");
            add(form);
        }
        add(new H4(getTranslation("proposals.follow-up.reports")));
        if (proposal.state() == ProposalState.ACCEPTED) {
            reportsNote.setText(getTranslation("proposals.follow-up.reports-not-yet"));
            add(reportsNote);
        } else if (followUp.reports().isEmpty()) {
            reportsNote.setText(getTranslation("proposals.follow-up.no-report"));
            add(reportsNote);
        }
        for (FollowUp.ReportInfo report : followUp.reports()) {
            String date = Formats.date(report.date(), getLocale());
            add(
                    new Paragraph(
                            report.milestoneTitle() == null
                                    ? date
                                    : date + " — "
                                            + getTranslation(
                                                    "proposals.follow-up.report-about", report.milestoneTitle())),
                    new MarkdownView(report.text()));
            PageSection.render(reportSections, report, false).forEach(this::add);
        }
        boolean implementing = proposal.state() == ProposalState.IN_IMPLEMENTATION;
        if (author && implementing) {
            reportMilestone.setItems(followUp.milestones());
            reportMilestone.setVisible(!followUp.milestones().isEmpty());
            add(reportDate, reportMilestone, reportText, addReport);
        }
        add(new H4(getTranslation("proposals.follow-up.impact")));
        if (followUp.impactSummary() != null) {
            add(new MarkdownView(followUp.impactSummary()));
        }
        if (author && (implementing || proposal.state() == ProposalState.COMPLETED)) {
            impact.setValue(followUp.impactSummary() == null ? "" : followUp.impactSummary());
            add(impact, saveImpact);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            Feedback.success(getTranslation("proposals.follow-up.saved"));
            milestoneTitle.clear();
            reportText.clear();
            reportMilestone.clear();
            refresh();
        } catch (UserFacingException refusal) {
            Feedback.show(
                    refusal,
                    Map.<String, HasValidation>of(
                            "milestoneTitle",
                            milestoneTitle,
                            "milestoneDue",
                            milestoneDue,
                            "reportDate",
                            reportDate,
                            "reportText",
                            reportText,
                            "reportMilestone",
                            reportMilestone,
                            "impact",
                            impact));
        }
    }
}
