package org.passerelle.documents;

import java.util.Map;
import java.util.Set;

/**
 * The types of documents accepted, as detected from their content, with the extensions a name may carry for
 * each. Archives get their own refusal, so that people know to send the files inside instead.
 */
final class AllowedTypes {

    static final Map<String, Set<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", Set.of("pdf")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
            // password-protected Office files: accepted, their extraction then says "encrypted"
            Map.entry("application/x-tika-ooxml-protected", Set.of("docx", "xlsx", "pptx")),
            Map.entry("application/msword", Set.of("doc")),
            Map.entry("application/vnd.ms-excel", Set.of("xls")),
            Map.entry("application/vnd.ms-powerpoint", Set.of("ppt")),
            Map.entry("application/x-tika-msoffice", Set.of("doc", "xls", "ppt")),
            Map.entry("application/vnd.oasis.opendocument.text", Set.of("odt")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", Set.of("ods")),
            Map.entry("application/vnd.oasis.opendocument.presentation", Set.of("odp")),
            Map.entry("application/rtf", Set.of("rtf")),
            Map.entry("text/plain", Set.of("txt", "text", "csv", "md", "markdown")),
            Map.entry("text/csv", Set.of("csv", "txt")),
            Map.entry("text/x-web-markdown", Set.of("md", "markdown", "txt")),
            Map.entry("text/markdown", Set.of("md", "markdown", "txt")),
            Map.entry("text/html", Set.of("html", "htm")),
            Map.entry("application/xhtml+xml", Set.of("xhtml", "html", "htm")),
            Map.entry("application/epub+zip", Set.of("epub")),
            Map.entry("image/jpeg", Set.of("jpg", "jpeg")),
            Map.entry("image/png", Set.of("png")));

    static final Set<String> ARCHIVES = Set.of(
            "application/zip",
            "application/x-7z-compressed",
            "application/x-tar",
            "application/gzip",
            "application/x-gzip",
            "application/x-bzip2",
            "application/x-xz",
            "application/x-rar-compressed",
            "application/vnd.rar",
            "application/java-archive",
            "application/x-compress",
            "application/zstd");

    static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");

    /**
     * Office types that may carry macros (code run when the file is opened), refused with the extension to save
     * them as instead: the same document without its macros is accepted.
     */
    static final Map<String, String> MACRO_ENABLED = Map.ofEntries(
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "docx"),
            Map.entry("application/vnd.ms-word.template.macroenabled.12", "docx"),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "xlsx"),
            Map.entry("application/vnd.ms-excel.sheet.binary.macroenabled.12", "xlsx"),
            Map.entry("application/vnd.ms-excel.template.macroenabled.12", "xlsx"),
            Map.entry("application/vnd.ms-excel.addin.macroenabled.12", "xlsx"),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12", "pptx"),
            Map.entry("application/vnd.ms-powerpoint.slideshow.macroenabled.12", "pptx"),
            Map.entry("application/vnd.ms-powerpoint.template.macroenabled.12", "pptx"),
            Map.entry("application/vnd.ms-powerpoint.addin.macroenabled.12", "pptx"));

    /**
     * Extensions of documents that are zip containers inside: when such a file is detected as a plain zip or as
     * nothing known, it is most often cut short (an interrupted download or copy), not an archive.
     */
    static final Set<String> ZIP_DOCUMENTS = Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp", "epub");

    /** What a zip-container document is detected as when its parts cannot be recognised. */
    static final Set<String> UNRECOGNISED_CONTAINERS =
            Set.of("application/zip", "application/x-tika-ooxml", "application/octet-stream");

    private AllowedTypes() {}

    static boolean allowed(String mediaType) {
        return EXTENSIONS.containsKey(mediaType);
    }

    /** Whether a name with this extension may carry content of this type ("" = no extension: always). */
    static boolean extensionFits(String mediaType, String extension) {
        return extension.isEmpty()
                || EXTENSIONS.getOrDefault(mediaType, Set.of()).contains(extension);
    }

    /** The type the bytes are served as: the detected one, or a neutral one for Tika's internal names. */
    static String servedType(String mediaType) {
        return mediaType.startsWith("application/x-tika-") ? "application/octet-stream" : mediaType;
    }
}
