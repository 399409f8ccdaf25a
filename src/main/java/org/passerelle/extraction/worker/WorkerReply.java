package org.passerelle.extraction.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What a worker sends back for one file, and its wire format on the worker's standard output: short fields as
 * modified UTF-8, the text as a length-prefixed UTF-8 block (it may be megabytes long).
 */
public record WorkerReply(
        boolean done,
        String mediaType,
        String failureKey,
        boolean truncated,
        String title,
        String author,
        Instant created,
        Integer pages,
        Integer sheets,
        Integer slides,
        String language,
        String text) {

    /** Sent once by a worker when its parsers and language models are loaded. */
    public static final int READY = 0x52;

    private static final int SHORT_FIELD = 2_000;

    public void writeTo(DataOutputStream out) throws IOException {
        out.writeBoolean(done);
        writeShort(out, mediaType);
        writeShort(out, failureKey);
        out.writeBoolean(truncated);
        writeShort(out, title);
        writeShort(out, author);
        out.writeLong(created == null ? Long.MIN_VALUE : created.toEpochMilli());
        out.writeInt(pages == null ? -1 : pages);
        out.writeInt(sheets == null ? -1 : sheets);
        out.writeInt(slides == null ? -1 : slides);
        writeShort(out, language);
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    public static WorkerReply readFrom(DataInputStream in) throws IOException {
        boolean done = in.readBoolean();
        String mediaType = readShort(in);
        String failureKey = readShort(in);
        boolean truncated = in.readBoolean();
        String title = readShort(in);
        String author = readShort(in);
        long created = in.readLong();
        int pages = in.readInt();
        int sheets = in.readInt();
        int slides = in.readInt();
        String language = readShort(in);
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("Implausible text length from the worker: " + length);
        }
        String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new WorkerReply(
                done,
                mediaType,
                failureKey,
                truncated,
                title,
                author,
                created == Long.MIN_VALUE ? null : Instant.ofEpochMilli(created),
                pages < 0 ? null : pages,
                sheets < 0 ? null : sheets,
                slides < 0 ? null : slides,
                language,
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
