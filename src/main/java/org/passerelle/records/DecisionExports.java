package org.passerelle.records;

import java.time.Clock;
import java.util.Locale;
import org.passerelle.base.Translations;
import org.passerelle.calls.CallService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records module's API: exports of decisions, each read as the signed-in person (see {@link DecisionReader}
 * for who may export what). A call's export: staff and the board members of its space, refused past {@link
 * RecordsProperties#maxProposalsPerCall()} proposals. A proposal's record: whoever may read its review. Not
 * read-only: reading a ballot may close it when its time has passed (as on its page).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DecisionExports {

    private final DecisionReader reader;
    private final CallService calls;
    private final Translations translations;
    private final Clock clock;

    DecisionExports(DecisionReader reader, CallService calls, Translations translations, Clock clock) {
        this.reader = reader;
        this.calls = calls;
        this.translations = translations;
        this.clock = clock;
    }

    /** Whether the person may export this call's decisions (and so sees the buttons). */
    @Transactional(readOnly = true)
    public boolean mayExportCall(long callId) {
        return reader.mayExport(calls.get(callId));
    }

    /** Whether the person may read this proposal's decision record. */
    @Transactional(readOnly = true)
    public boolean mayReadRecord(long proposalId) {
        return reader.mayReadRecord(proposalId);
    }

    /** The call's proposals and their results as CSV (UTF-8 with a byte order mark). */
    public byte[] callCsv(long callId) {
        return CallCsv.write(reader.call(callId));
    }

    /** The call's report as PDF, in the reader's language. */
    public byte[] callPdf(long callId, Locale locale) {
        CallRecord record = reader.call(callId);
        DecisionTexts texts = new DecisionTexts(translations, locale);
        PdfReport pdf = new PdfReport(
                texts.t("records.report.title", record.call().title(locale).text()), Translations.supported(locale));
        texts.callReport(record, clock.instant(), pdf);
        return pdf.bytes();
    }

    /** The proposal's decision record as PDF, in the reader's language. */
    public byte[] proposalRecordPdf(long proposalId, Locale locale) {
        ProposalRecord record = reader.record(proposalId);
        DecisionTexts texts = new DecisionTexts(translations, locale);
        PdfReport pdf = new PdfReport(
                texts.t("records.record.title", record.decision().title()), Translations.supported(locale));
        texts.proposalRecord(record, pdf);
        return pdf.bytes();
    }

    /** The proposal's decision record as Markdown (UTF-8), in the reader's language. */
    public byte[] proposalRecordMarkdown(long proposalId, Locale locale) {
        ProposalRecord record = reader.record(proposalId);
        MarkdownReport markdown = new MarkdownReport();
        new DecisionTexts(translations, locale).proposalRecord(record, markdown);
        return markdown.utf8();
    }
}
