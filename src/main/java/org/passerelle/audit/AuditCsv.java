package org.passerelle.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.passerelle.base.Csv;

/**
 * The audit log's CSV, written as it is read from the database (it may be long): UTF-8 starting with a byte order
 * mark (Excel otherwise reads it as the legacy code page and garbles accents), CRLF lines, each cell as {@link
 * Csv#cell} writes it (quoted when needed, a formula neutralised).
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
            out.write(Csv.cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }
}
