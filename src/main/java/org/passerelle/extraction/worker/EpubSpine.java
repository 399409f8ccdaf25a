package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an EPUB the way a reading app does when Tika's EPUB parser fails on it (Tika 3.3.1 gives up on package
 * documents in a sub-folder that name their chapters {@code ../text/…}, among others): the container names the
 * package document, whose spine lists the chapters in reading order; each chapter is handed over as XHTML.
 */
final class EpubSpine {

    /** More chapters than this is no book: the rest is not read. */
    static final int MAX_CHAPTERS = 5_000;

    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    interface Chapters {
        void read(InputStream xhtml, String name) throws IOException, SAXException, TikaException;
    }

    private EpubSpine() {}

    /** @return false when the file has no readable package document (then nothing was read) */
    static boolean read(Path file, Metadata metadata, Chapters chapters)
            throws IOException, SAXException, TikaException {
        try (BoundedZip zip = new BoundedZip(file)) {
            String opf = packageDocument(zip);
            if (opf == null) {
                return false;
            }
            Package pack = new Package(metadata);
            try (InputStream in = zip.open(opf)) {
                SafeXml.parse(in, pack);
            }
            int read = 0;
            for (String id : pack.spine) {
                String[] item = pack.manifest.get(id);
                if (item == null || !isHtml(item[0], item[1])) {
                    continue;
                }
                String chapter = BoundedZip.resolve(opf, item[0]);
                try (InputStream in = zip.open(chapter)) {
                    if (in != null && read++ < MAX_CHAPTERS) {
                        chapters.read(in, chapter);
                    }
                }
            }
            return read > 0;
        }
    }

    private static String packageDocument(BoundedZip zip) throws IOException, SAXException {
        String[] path = {null};
        try (InputStream in = zip.open("META-INF/container.xml")) {
            if (in == null) {
                return null;
            }
            SafeXml.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    if ("rootfile".equals(local) && path[0] == null) {
                        path[0] = attributes.getValue("full-path");
                    }
                }
            });
        }
        String opf = BoundedZip.resolve(null, path[0]);
        return zip.has(opf) ? opf : null;
    }

    private static boolean isHtml(String href, String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String name = href.toLowerCase(Locale.ROOT);
        return type.contains("html") || name.endsWith(".xhtml") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static final class Package extends DefaultHandler {
        private final Metadata metadata;
        private final Map<String, String[]> manifest = new HashMap<>();
        private final List<String> spine = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();

        Package(Metadata metadata) {
            this.metadata = metadata;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            value.setLength(0);
            if ("item".equals(local) && attributes.getValue("id") != null && attributes.getValue("href") != null) {
                if (manifest.size() < BoundedZip.MAX_ENTRIES) {
                    manifest.put(
                            attributes.getValue("id"),
                            new String[] {attributes.getValue("href"), attributes.getValue("media-type")});
                }
            } else if ("itemref".equals(local) && attributes.getValue("idref") != null) {
                if (spine.size() < MAX_CHAPTERS) {
                    spine.add(attributes.getValue("idref"));
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (value.length() < 2_000) {
                value.append(ch, start, Math.min(length, 2_000));
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (DUBLIN_CORE.equals(uri) && "title".equals(local) && metadata.get(TikaCoreProperties.TITLE) == null) {
                metadata.set(TikaCoreProperties.TITLE, value.toString().strip());
            } else if (DUBLIN_CORE.equals(uri) && "creator".equals(local)) {
                metadata.add(TikaCoreProperties.CREATOR, value.toString().strip());
            }
        }
    }
}
