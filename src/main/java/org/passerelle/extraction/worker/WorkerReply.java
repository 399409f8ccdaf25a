package org.passerelle.extraction.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.extraction.DocumentMetadata;
import org.passerelle.extraction.ExtractionResult;
import org.passerelle.extraction.LanguageSpan;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TextSource;

/**
 * What a worker sends back for one file, and its wire format on the worker's standard output: short fields as
 * modified UTF-8, the language spans as a counted list, the text as a length-prefixed UTF-8 block (it may be
 * megabytes long).
 *
 * @param reasonKey an {@link org.passerelle.extraction.ExtractionFailure} key when FAILED, a
 *     {@link org.passerelle.extraction.NoTextReason} key when EMPTY, null when DONE
 * @param source null unless DONE
 */
public record WorkerReply(
        Outcome outcome,
        String mediaType,
        String reasonKey,
        boolean truncated,
        String title,
        String author,
        Instant created,
        Integer pages,
        Integer sheets,
        Integer slides,
        List<LanguageSpan> languageSpans,
        TextSource source,
        String text) {

    /** Sent once by a worker when its parsers and language models are loaded. */
    public static final int READY = 0x52;

    private static final int SHORT_FIELD = 2_000;
    private static final int MAX_TEXT_BYTES = 64 * 1024 * 1024;
    private static final int MAX_SPANS = 1_000_000;

    public WorkerReply {
        text = text == null ? "" : text;
        languageSpans = languageSpans == null ? List.of() : List.copyOf(languageSpans);
    }

    public boolean done() {
        return outcome == Outcome.DONE;
    }

    /** The result as the application sees it. */
    public ExtractionResult toResult() {
        return new ExtractionResult(
                outcome,
                mediaType == null ? "application/octet-stream" : mediaType,
                done() ? text : "",
                truncated,
                new DocumentMetadata(title, author, created, pages, sheets, slides),
                done() ? languageSpans : List.of(),
                done() ? source : null,
                done() ? null : reasonKey);
    }

    /** The main language (see {@link ExtractionResult#language()}). */
    public String language() {
        return toResult().language();
    }

    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(outcome.ordinal());
        writeShort(out, mediaType);
        writeShort(out, reasonKey);
        out.writeBoolean(truncated);
        writeShort(out, title);
        writeShort(out, author);
        out.writeLong(created == null ? Long.MIN_VALUE : created.toEpochMilli());
        out.writeInt(pages == null ? -1 : pages);
        out.writeInt(sheets == null ? -1 : sheets);
        out.writeInt(slides == null ? -1 : slides);
        writeShort(out, source == null ? null : source.name());
        out.writeInt(languageSpans.size());
        for (LanguageSpan span : languageSpans) {
            out.writeInt(span.start());
            out.writeInt(span.end());
            writeShort(out, span.language());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    public static WorkerReply readFrom(DataInputStream in) throws IOException {
        int outcome = in.readUnsignedByte();
        if (outcome >= Outcome.values().length) {
            throw new IOException("Unknown outcome from the worker: " + outcome);
        }
        String mediaType = readShort(in);
        String reasonKey = readShort(in);
        boolean truncated = in.readBoolean();
        String title = readShort(in);
        String author = readShort(in);
        long created = in.readLong();
        int pages = in.readInt();
        int sheets = in.readInt();
        int slides = in.readInt();
        String source = readShort(in);
        int spanCount = in.readInt();
        if (spanCount < 0 || spanCount > MAX_SPANS) {
            throw new IOException("Implausible number of language spans from the worker: " + spanCount);
        }
        List<LanguageSpan> spans = new ArrayList<>(Math.min(spanCount, 10_000));
        for (int i = 0; i < spanCount; i++) {
            int start = in.readInt();
            int end = in.readInt();
            spans.add(new LanguageSpan(start, end, readShort(in)));
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT_BYTES) {
            throw new IOException("Implausible text length from the worker: " + length);
        }
        String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new WorkerReply(
                Outcome.values()[outcome],
                mediaType,
                reasonKey,
                truncated,
                title,
                author,
                created == Long.MIN_VALUE ? null : Instant.ofEpochMilli(created),
                pages < 0 ? null : pages,
                sheets < 0 ? null : sheets,
                slides < 0 ? null : slides,
                spans,
                source == null ? null : TextSource.valueOf(source),
                text);
    }

    private static void writeShort(DataOutputStream out, String value) throws IOException {
        // writeUTF refuses more than 64 KB; a title or author longer than this is not a title
        String bounded = value == null ? "" : value.length() > SHORT_FIELD ? value.substring(0, SHORT_FIELD) : value;
        out.writeUTF(bounded);
    }

    private static String readShort(DataInputStream in) throws IOException {
        String value = in.readUTF();
        return value.isEmpty() ? null : value;
    }
}
