package org.passerelle.extraction.worker;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.passerelle.extraction.ExtractionFailure;
import org.passerelle.extraction.LanguageSpan;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TextSource;

/** One parse of a file (by content, by the declared name, or a fallback): its raw text and metadata, or why not. */
record Attempt(
        boolean succeeded,
        boolean isFinal,
        String mediaType,
        ExtractionFailure failure,
        Metadata metadata,
        String text,
        boolean truncated,
        StructureCounter structure) {

    static Attempt success(Metadata metadata, String text, boolean truncated, StructureCounter structure) {
        String type = baseType(metadata);
        if (parsedByNothing(metadata)) {
            return new Attempt(false, false, type, ExtractionFailure.UNSUPPORTED, metadata, "", false, structure);
        }
        return new Attempt(true, true, type, null, metadata, text, truncated, structure);
    }

    static Attempt failure(Metadata metadata, ExtractionFailure failure, boolean isFinal) {
        return new Attempt(false, isFinal, baseType(metadata), failure, metadata, "", false, new StructureCounter());
    }

    WorkerReply failed() {
        return failed(failure);
    }

    WorkerReply failed(ExtractionFailure reason) {
        return new WorkerReply(
                Outcome.FAILED, mediaType, reason.key(), false, null, null, null, null, null, null, null, null, "");
    }

    /** A readable file: with text (DONE) when {@code reasonKey} is null, else EMPTY for that reason. */
    WorkerReply reply(
            String finalText, boolean finalTruncated, List<LanguageSpan> spans, TextSource source, String reasonKey) {
        return new WorkerReply(
                reasonKey == null ? Outcome.DONE : Outcome.EMPTY,
                mediaType,
                reasonKey,
                finalTruncated,
                blankToNull(metadata.get(TikaCoreProperties.TITLE)),
                author(metadata),
                created(metadata),
                pages(metadata),
                sheets(mediaType, metadata, structure),
                slides(mediaType, metadata, structure),
                spans,
                source,
                finalText);
    }

    Integer orientation() {
        String value = metadata.get(org.apache.tika.metadata.TIFF.ORIENTATION);
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean parsedByNothing(Metadata metadata) {
        String[] parsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        for (String parser : parsers) {
            if (!parser.endsWith("EmptyParser") && !parser.endsWith("DefaultParser")) {
                return false;
            }
        }
        return true;
    }

    private static String baseType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        MediaType parsed = type == null ? null : MediaType.parse(type);
        return parsed == null
                ? MediaType.OCTET_STREAM.toString()
                : parsed.getBaseType().toString();
    }

    private static String author(Metadata metadata) {
        String[] creators = metadata.getValues(TikaCoreProperties.CREATOR);
        return creators.length == 0 ? null : blankToNull(String.join(", ", creators));
    }

    private static Instant created(Metadata metadata) {
        Date date = metadata.getDate(TikaCoreProperties.CREATED);
        return date == null ? null : date.toInstant();
    }

    private static Integer pages(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return pages != null ? pages : metadata.getInt(Office.PAGE_COUNT);
    }

    private static Integer sheets(String type, Metadata metadata, StructureCounter structure) {
        if (!type.contains("spreadsheet") && !type.contains("excel")) {
            return null;
        }
        Integer tables = metadata.getInt(Office.TABLE_COUNT);
        return tables != null && tables > 0 ? tables : positive(structure.pages());
    }

    private static Integer slides(String type, Metadata metadata, StructureCounter structure) {
        if (!type.contains("presentation") && !type.contains("powerpoint")) {
            return null;
        }
        Integer slides = metadata.getInt(Office.SLIDE_COUNT);
        return slides != null && slides > 0 ? slides : positive(structure.slides());
    }

    private static Integer positive(int count) {
        return count > 0 ? count : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
