package org.passerelle.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets read it: UTF-8 starting with a byte order mark (Excel otherwise reads it as the legacy
 * code page and garbles accents), CRLF lines, cells quoted when needed, and a cell starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return prefixed with an apostrophe so that no spreadsheet runs it
 * as a formula.
 */
final class AuditCsv {

    private final Writer out;

    AuditCsv(OutputStream stream) throws IOException {
        this.out = new java.io.BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\uFEFF');
    }

    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
