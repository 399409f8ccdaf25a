package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Word file saved as "Strict Open XML" (namespaces under {@code http://purl.oclc.org/ooxml/}), which POI,
 * and so Tika, refuse: the text runs of the main document part, one line per paragraph, a form feed at each page
 * break the author put; title and author from the core properties.
 */
final class StrictWordDocument {

    static final String WORD = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    private StrictWordDocument() {}

    /** @return false when the file is no Strict Word document (then nothing was written) */
    static boolean read(Path file, BoundedText text, Metadata metadata) throws IOException, SAXException {
        try (BoundedZip zip = new BoundedZip(file)) {
            String main = mainPart(zip);
            if (main == null) {
                return false;
            }
            try (InputStream in = zip.open(main)) {
                SafeXml.parse(in, new Body(text));
            } catch (NotStrict transitional) {
                return false; // POI failed on it for another reason: it is damaged
            }
            try (InputStream in = zip.open("docProps/core.xml")) {
                if (in != null) {
                    SafeXml.parse(in, new CoreProperties(metadata));
                }
            }
            return true;
        }
    }

    /** The target of the package's officeDocument relationship (Strict names it under purl.oclc.org too). */
    static String mainPart(BoundedZip zip) throws IOException, SAXException {
        String[] target = {null};
        try (InputStream in = zip.open("_rels/.rels")) {
            if (in == null) {
                return null;
            }
            SafeXml.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    String type = attributes.getValue("Type");
                    if ("Relationship".equals(local) && type != null && type.endsWith(OFFICE_DOCUMENT)) {
                        target[0] = attributes.getValue("Target");
                    }
                }
            });
        }
        String part = BoundedZip.resolve(null, target[0]);
        return zip.has(part) ? part : null;
    }

    private static final class Body extends DefaultHandler {
        private final BoundedText text;
        private boolean rootSeen;
        private boolean inText;

        Body(BoundedText text) {
            this.text = text;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            if (!rootSeen) {
                rootSeen = true;
                if (!WORD.equals(uri) || !"document".equals(local)) {
                    throw new NotStrict();
                }
                return;
            }
            if (!WORD.equals(uri)) {
                return;
            }
            switch (local) {
                case "t" -> inText = true;
                case "tab" -> text.append('\t');
                case "br", "cr" -> text.append("page".equals(attributes.getValue(WORD, "type")) ? '\f' : '\n');
                default -> {
                    // formatting, fields, bookmarks: no text of their own
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (WORD.equals(uri)) {
                if ("t".equals(local)) {
                    inText = false;
                } else if ("p".equals(local)) {
                    text.append('\n');
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(java.nio.CharBuffer.wrap(ch), start, start + length);
            }
        }
    }

    private static final class NotStrict extends SAXException {
        NotStrict() {
            super("Not a Strict Open XML Word document");
        }
    }

    static final class CoreProperties extends DefaultHandler {
        private final Metadata metadata;
        private final StringBuilder value = new StringBuilder();

        CoreProperties(Metadata metadata) {
            this.metadata = metadata;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            value.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (value.length() < 2_000) {
                value.append(ch, start, Math.min(length, 2_000));
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (DUBLIN_CORE.equals(uri) && "title".equals(local)) {
                metadata.set(TikaCoreProperties.TITLE, value.toString().strip());
            } else if (DUBLIN_CORE.equals(uri) && "creator".equals(local)) {
                metadata.set(TikaCoreProperties.CREATOR, value.toString().strip());
            }
        }
    }
}
