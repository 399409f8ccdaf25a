package org.passerelle.extraction.worker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens a PDF like {@code Loader.loadPDF}, without PDFBox 3.0's quadratic cost on documents with many object
 * streams: each object stream's parser looks up object keys in a map it first fills from the whole cross-reference
 * table, so a document with S object streams and N objects costs S × N map insertions (17 % of the time spent on
 * R's 2,415-page reference manual in a JFR profile). Here every object stream's parser asks the document parser's
 * one map, built once. Everything else is PDFBox's own parsing.
 */
final class PdfLoader {

    private PdfLoader() {}

    /** The document, read from the file (not copied into memory), with an empty password. */
    static PDDocument load(Path file) throws IOException {
        RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file.toFile());
        try {
            return new Parser(source).parse();
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static final class Parser extends PDFParser {

        /** Objects already decompressed from each object stream and not yet asked for, by stream number. */
        private final Map<Long, Map<COSObjectKey, COSBase>> unpacked = new HashMap<>();

        Parser(RandomAccessReadBufferedFile source) throws IOException {
            super(source, "", null, null, IOUtils.createMemoryOnlyStreamCache());
        }

        @Override
        protected COSBase parseObjectStreamObject(long streamNumber, COSObjectKey key) throws IOException {
            Map<COSObjectKey, COSBase> waiting = unpacked.computeIfAbsent(streamNumber, n -> new HashMap<>());
            COSBase object = waiting.remove(key);
            if (object != null) {
                return object;
            }
            if (!(document.getObjectFromPool(getObjectKey(streamNumber, 0)).getObject() instanceof COSStream stream)) {
                return null;
            }
            try {
                Map<COSObjectKey, COSBase> all = new StreamParser(stream).parseAllObjects();
                object = all.remove(key);
                all.forEach(waiting::putIfAbsent);
            } catch (IOException e) {
                if (!isLenient()) {
                    throw e;
                }
                // lenient like PDFBox: the object stays missing (null), the rest of the document is still read
            }
            return object;
        }

        COSObjectKey key(long number, int generation) {
            return getObjectKey(number, generation);
        }

        private final class StreamParser extends PDFObjectStreamParser {

            StreamParser(COSStream stream) throws IOException {
                super(stream, Parser.this.document);
            }

            @Override
            protected COSObjectKey getObjectKey(long number, int generation) {
                return key(number, generation);
            }
        }
    }
}
