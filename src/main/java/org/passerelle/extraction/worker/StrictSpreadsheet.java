package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a spreadsheet saved as "Strict Open XML" (namespaces under {@code http://purl.oclc.org/ooxml/}), which POI,
 * and so Tika, refuse: each sheet in the workbook's order, its name then its rows, cells separated by tabs (shared
 * strings, inline strings and the values as stored); a form feed between sheets, so a sheet is a page of the text.
 * Title and author from the core properties.
 */
final class StrictSpreadsheet {

    static final String SHEET = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /** More shared strings than this are not kept (the text limit stops far earlier on real files). */
    private static final int MAX_SHARED_STRINGS = 1_000_000;

    private StrictSpreadsheet() {}

    /** @return false when the file is no Strict spreadsheet (then nothing was written) */
    static boolean read(Path file, BoundedText text, org.apache.tika.metadata.Metadata metadata)
            throws IOException, SAXException {
        try (BoundedZip zip = new BoundedZip(file)) {
            String workbook = StrictWordDocument.mainPart(zip);
            if (workbook == null) {
                return false;
            }
            List<String[]> sheets = new ArrayList<>(); // name, relationship id
            boolean[] strict = {false};
            try (InputStream in = zip.open(workbook)) {
                SafeXml.parse(in, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String qName, Attributes attributes) {
                        if (SHEET.equals(uri) && "workbook".equals(local)) {
                            strict[0] = true;
                        } else if (SHEET.equals(uri) && "sheet".equals(local)) {
                            sheets.add(
                                    new String[] {attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id")
                                    });
                        }
                    }
                });
            }
            if (!strict[0]) {
                return false; // POI failed on it for another reason: it is damaged
            }
            Map<String, String> targets = relationships(zip, workbook);
            List<String> shared = sharedStrings(zip, workbook, targets);
            boolean first = true;
            for (String[] sheet : sheets) {
                String part = BoundedZip.resolve(workbook, targets.get(sheet[1]));
                if (part == null || !zip.has(part) || text.full()) {
                    continue;
                }
                if (!first) {
                    text.append('\f');
                }
                first = false;
                if (sheet[0] != null) {
                    text.append(sheet[0]);
                    text.append('\n');
                }
                try (InputStream in = zip.open(part)) {
                    SafeXml.parse(in, new Cells(text, shared));
                }
            }
            try (InputStream in = zip.open("docProps/core.xml")) {
                if (in != null) {
                    SafeXml.parse(in, new StrictWordDocument.CoreProperties(metadata));
                }
            }
            return true;
        }
    }

    /** The workbook's relationships: id → target. */
    private static Map<String, String> relationships(BoundedZip zip, String workbook) throws IOException, SAXException {
        int slash = workbook.lastIndexOf('/');
        String rels = workbook.substring(0, slash + 1) + "_rels/" + workbook.substring(slash + 1) + ".rels";
        Map<String, String> targets = new HashMap<>();
        try (InputStream in = zip.open(rels)) {
            if (in != null) {
                SafeXml.parse(in, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String qName, Attributes attributes) {
                        if ("Relationship".equals(local) && targets.size() < BoundedZip.MAX_ENTRIES) {
                            targets.put(attributes.getValue("Id"), attributes.getValue("Target"));
                            String type = attributes.getValue("Type");
                            if (type != null && type.endsWith("/sharedStrings")) {
                                targets.put("#sharedStrings", attributes.getValue("Target"));
                            }
                        }
                    }
                });
            }
        }
        return targets;
    }

    private static List<String> sharedStrings(BoundedZip zip, String workbook, Map<String, String> targets)
            throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        String part = BoundedZip.resolve(workbook, targets.get("#sharedStrings"));
        try (InputStream in = part == null ? null : zip.open(part)) {
            if (in == null) {
                return strings;
            }
            SafeXml.parse(in, new DefaultHandler() {
                private final StringBuilder current = new StringBuilder();
                private boolean inText;
                private int depthInPhonetic;

                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    if (!SHEET.equals(uri)) {
                        return;
                    }
                    switch (local) {
                        case "si" -> current.setLength(0);
                        case "rPh" -> depthInPhonetic++; // pronunciation hints are not the cell's text
                        case "t" -> inText = depthInPhonetic == 0;
                        default -> {
                            // runs and their formatting
                        }
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    if (!SHEET.equals(uri)) {
                        return;
                    }
                    switch (local) {
                        case "si" -> {
                            if (strings.size() < MAX_SHARED_STRINGS) {
                                strings.add(current.toString());
                            }
                        }
                        case "rPh" -> depthInPhonetic--;
                        case "t" -> inText = false;
                        default -> {
                            // nothing to close
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText && current.length() < 32_767) { // a cell holds at most 32,767 characters
                        current.append(ch, start, Math.min(length, 32_767 - current.length()));
                    }
                }
            });
        }
        return strings;
    }

    /** The cells of one sheet: a line per row, tabs between cells, shared strings looked up. */
    private static final class Cells extends DefaultHandler {
        private final BoundedText text;
        private final List<String> shared;
        private final StringBuilder value = new StringBuilder();
        private String type;
        private boolean inValue;
        private boolean firstInRow;

        Cells(BoundedText text, List<String> shared) {
            this.text = text;
            this.shared = shared;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            if (!SHEET.equals(uri)) {
                return;
            }
            switch (local) {
                case "row" -> firstInRow = true;
                case "c" -> {
                    type = attributes.getValue("t");
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                    // formulas, styles: the stored value is what is read
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!SHEET.equals(uri)) {
                return;
            }
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> cell();
                case "row" -> {
                    if (!firstInRow) {
                        text.append('\n');
                    }
                }
                default -> {
                    // nothing to close
                }
            }
        }

        private void cell() {
            String shown = value.toString();
            if ("s".equals(type)) {
                try {
                    int index = Integer.parseInt(shown.strip());
                    shown = index >= 0 && index < shared.size() ? shared.get(index) : "";
                } catch (NumberFormatException damaged) {
                    shown = "";
                }
            }
            if (shown.isBlank()) {
                return;
            }
            if (!firstInRow) {
                text.append('\t');
            }
            firstInRow = false;
            text.append(shown);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue && value.length() < 32_767) {
                value.append(ch, start, Math.min(length, 32_767 - value.length()));
            }
        }
    }
}
