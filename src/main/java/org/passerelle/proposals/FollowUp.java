package org.passerelle.proposals;

import java.time.LocalDate;
import java.util.List;

/**
 * The Empower follow-up of an accepted proposal.
 *
 * @param mayEdit whether the reader may add milestones, reports and the impact summary now
 */
public record FollowUp(
        List<MilestoneInfo> milestones, List<ReportInfo> reports, String impactSummary, boolean mayEdit) {

    public record MilestoneInfo(long id, String title, LocalDate dueOn, boolean done) {}

    /**
     * A progress report.
     *
     * @param milestoneId the milestone it is about, or {@code null}
     * @param milestoneTitle that milestone's title, or {@code null}
     */
    public record ReportInfo(
            long id, long authorId, LocalDate date, String text, Long milestoneId, String milestoneTitle) {}
}
