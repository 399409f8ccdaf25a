package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses documents embedded in the file (attachments, objects in Office files, archive entries) up to a depth and a
 * count: a recursive or bomb-like file stops growing there instead of running the worker out of time or memory.
 */
final class BoundedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final WorkerLimits limits;
    private int parsed;
    private int depth;
    private boolean skipped;

    BoundedEmbeddedExtractor(ParseContext context, WorkerLimits limits) {
        super(context);
        this.limits = limits;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (depth >= limits.maxEmbeddedDepth() || parsed >= limits.maxEmbeddedCount()) {
            skipped = true;
            return false;
        }
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        parsed++;
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    boolean skippedAny() {
        return skipped;
    }
}
