package org.passerelle.extraction.worker;

import java.util.Locale;
import java.util.function.Predicate;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.passerelle.extraction.ExtractionFailure;

/**
 * The specific reason of a parse failure, from the exception and its causes. Checked in order of what the person
 * can do about it: a password, then a limit (which one), then a format Tika cannot read; anything else is damage.
 */
final class FailureReasons {

    private FailureReasons() {}

    static ExtractionFailure of(Throwable e) {
        if (any(
                e,
                cause -> cause instanceof EncryptedDocumentException
                        || cause instanceof org.apache.poi.EncryptedDocumentException
                        || cause.getClass().getSimpleName().contains("InvalidPassword"))) {
            return ExtractionFailure.ENCRYPTED;
        }
        // Tika's own guard reports deep XML as "Suspected zip bomb: N levels of XML element nesting": depth first
        if (any(
                e,
                cause -> cause instanceof StackOverflowError
                        || message(cause).contains("nesting")
                        || message(cause).contains("maxelementdepth") // the JDK XML parser's limit
                        || message(cause).contains("recursion depth") // PDFBox
                        || message(cause).contains("too deep")
                        || message(cause).contains("max depth"))) {
            return ExtractionFailure.TOO_DEEP;
        }
        if (any(
                e,
                cause -> cause instanceof TikaMemoryLimitException
                        || cause instanceof BoundedZip.TooExpanded
                        || message(cause).contains("zip bomb")
                        || message(cause).contains("exceed the max")
                        || message(cause).contains("entityexpansionlimit")
                        || message(cause).contains("tried to allocate"))) {
            return ExtractionFailure.TOO_EXPANDED;
        }
        if (any(
                e,
                cause -> cause instanceof UnsupportedFormatException
                        || message(cause).contains("strict ooxml isn't"))) {
            return ExtractionFailure.UNSUPPORTED; // e.g. "Strict OOXML" spreadsheets, which POI cannot read
        }
        return ExtractionFailure.DAMAGED;
    }

    private static boolean any(Throwable e, Predicate<Throwable> test) {
        int guard = 0;
        for (Throwable cause = e; cause != null && guard < 50; cause = cause.getCause(), guard++) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable cause) {
        return String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
    }
}
