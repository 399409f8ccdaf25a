package org.passerelle.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void formulasAreNeutralisedWhateverTheirFirstCharacter() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(Csv.cell("a=b"))
                .as("only a leading formula character counts")
                .isEqualTo("a=b");
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeededAndLinesEndWithCrLf() {
        String text = Csv.plain()
                .row("plain", "with, comma", "with \"quote\"", "two\nlines", null)
                .blankLine()
                .row(List.of("é"))
                .text();
        assertThat(text).isEqualTo("plain,\"with, comma\",\"with \"\"quote\"\"\",\"two\nlines\",\r\n\r\né\r\n");
    }

    @Test
    void theByteOrderMarkIsOnlyThereWhenAsked() {
        assertThat(Csv.plain().row("a").utf8()).startsWith('a');
        byte[] bom = Csv.withBom().row("é").utf8();
        assertThat(bom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bom, StandardCharsets.UTF_8)).isEqualTo("\uFEFFé\r\n");
    }
}
