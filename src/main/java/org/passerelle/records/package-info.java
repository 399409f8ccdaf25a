/**
 * Records of decisions, for accountability: per call, the proposals with their stage and their ballots'
 * results (counts or weighted scores, quorum, threshold, decision, reason and date) as CSV and as a PDF report
 * in the reader's language; per proposal, its decision record (versions compared, the review's questions and
 * answers, the result) as PDF and Markdown. It owns no data: everything is asked of the calls, proposals and
 * voting modules as the signed-in person, so an export holds only what that person may see. Its buttons reach
 * the call and proposal pages as {@code PageSection} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package org.passerelle.records;
