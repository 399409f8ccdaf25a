package org.passerelle.contacts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded CSV file: the bytes decoded as UTF-8 (with or without a byte order mark) or, when they are
 * not valid UTF-8, as Windows-1252 (what a spreadsheet on Windows saves as "CSV"); the separator (comma,
 * semicolon or tab) taken from the header line; fields quoted as in RFC 4180, line breaks inside quotes kept.
 */
final class CsvText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One record of the file, with the number of the line it starts on (the header is line 1). */
    record Line(int number, List<String> cells) {}

    /** The records, and the encoding the bytes were read in. */
    record Parsed(List<Line> lines, Charset encoding, char separator) {}

    private CsvText() {}

    static Parsed parse(byte[] bytes, int maxRecords) throws TooManyRows {
        Charset encoding = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            encoding = WINDOWS_1252;
            text = decode1252(bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        return new Parsed(records(text, separator, maxRecords), encoding, separator);
    }

    private static String decode1252(byte[] bytes) {
        try {
            // the five bytes Windows-1252 leaves undefined become U+FFFD rather than failing the file
            CharBuffer chars = WINDOWS_1252
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    /** The separator the header line uses most (outside quotes): comma, semicolon or tab. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** The records of the text, blank lines left out; more than {@code maxRecords} stops the reading. */
    static List<Line> records(String text, char separator, int maxRecords) throws TooManyRows {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int start = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                add(lines, start, cells, maxRecords);
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                start = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            add(lines, start, cells, maxRecords);
        }
        return lines;
    }

    private static void add(List<Line> lines, int start, List<String> cells, int maxRecords) throws TooManyRows {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (lines.size() >= maxRecords) {
            throw new TooManyRows();
        }
        lines.add(new Line(start, cells));
    }

    /** The file holds more records than allowed. */
    static final class TooManyRows extends Exception {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
