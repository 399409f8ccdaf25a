package org.passerelle.records;

/**
 * Where a report's blocks go: the same report is written as PDF ({@link PdfReport}) or Markdown
 * ({@link MarkdownReport}). Every text is plain: the writers make it safe for their format.
 */
interface ReportWriter {

    void title(String text);

    void heading(String text);

    void subheading(String text);

    /** A labelled value, e.g. "Decision: Accepted"; the label ends with its colon (French puts a space before it). */
    void field(String label, String value);

    /** Free text; its line breaks are kept. */
    void paragraph(String text);

    /** One entry of a list. */
    void item(String text);
}
