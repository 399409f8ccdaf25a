package org.passerelle.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What people wrote stays text in a Markdown record: no heading, list, link or HTML of theirs. */
class MarkdownReportTest {

    @Test
    void whatPeopleWroteIsEscaped() {
        assertThat(MarkdownReport.escape("# Title")).isEqualTo("\\# Title");
        assertThat(MarkdownReport.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownReport.escape("1. first")).isEqualTo("1\\. first");
        assertThat(MarkdownReport.escape("[click](javascript:alert(1))")).isEqualTo("\\[click\\](javascript:alert(1))");
        assertThat(MarkdownReport.escape("<img src=x onerror=alert(1)>")).isEqualTo("\\<img src=x onerror=alert(1)\\>");
        assertThat(MarkdownReport.escape("**bold** _it_ `code`")).isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\`code\\`");
        assertThat(MarkdownReport.escape("Décision à 12 000 €")).isEqualTo("Décision à 12 000 €");
    }

    @Test
    void blocksAreSeparatedAndFieldsFormALabelledList() {
        MarkdownReport report = new MarkdownReport();
        report.title("# Solar clinic");
        report.field("Decision:", "Accepted");
        report.field("Reason:", "Two\nlines");
        report.paragraph("First line\n- second line");
        assertThat(new String(report.utf8(), StandardCharsets.UTF_8))
                .isEqualTo("# \\# Solar clinic\n\n- **Decision:** Accepted\n- **Reason:** Two lines\n\n"
                        + "First line\\\n\\- second line\n");
    }
}
