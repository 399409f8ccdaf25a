package org.passerelle.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;

/**
 * Vaadin's upload entirely in the person's language: every text of its {@link UploadI18N} (buttons, drop label,
 * the file rows' buttons, errors, statuses, size units) read from the bundles under one key prefix, so that none
 * of the web component's English defaults is left. Texts that name a limit take {@code {0}}, the size limit in
 * MB, and {@code {1}}, the number of files at once. The keys under the prefix:
 * {@code add.one/many, drop.one/many, file.start/retry/remove, error.too-many-files/file-too-big/incorrect-type,
 * status.connecting/stalled/processing/held, remaining.prefix/unknown,
 * failed.server-unavailable/server-error/refused/too-large, units} (comma-separated, bytes first).
 */
final class UploadTexts {

    private final Component where;
    private final String prefix;
    private final Object[] limits;

    private UploadTexts(Component where, String prefix, long maxMegabytes, int maxFiles) {
        this.where = where;
        this.prefix = prefix;
        this.limits = new Object[] {maxMegabytes, maxFiles};
    }

    /** The texts of an upload in the language of {@code where}'s UI. */
    static UploadI18N of(Component where, String prefix, long maxMegabytes, int maxFiles) {
        return new UploadTexts(where, prefix, maxMegabytes, maxFiles).build();
    }

    private UploadI18N build() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(text("add.one")).setMany(text("add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(limited("drop.one")).setMany(limited("drop.many")));
        i18n.setFile(new UploadI18N.File()
                .setStart(text("file.start"))
                .setRetry(text("file.retry"))
                .setRemove(text("file.remove")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(limited("error.too-many-files"))
                .setFileIsTooBig(limited("error.file-too-big"))
                .setIncorrectFileType(text("error.incorrect-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(text("status.connecting"))
                        .setStalled(text("status.stalled"))
                        .setProcessing(text("status.processing"))
                        .setHeld(text("status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text("remaining.prefix"))
                        .setUnknown(text("remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text("failed.server-unavailable"))
                        .setUnexpectedServerError(text("failed.server-error"))
                        // the web component shows this one text for every refusal (HTTP 4xx): the server's
                        // reason is not read from the response, so it is shown in our own list of the files
                        .setForbidden(text("failed.refused"))
                        .setFileTooLarge(limited("failed.too-large"))));
        i18n.setUnits(Arrays.stream(text("units").split(",")).map(String::strip).toList());
        return i18n;
    }

    private String text(String key) {
        return where.getTranslation(prefix + "." + key);
    }

    private String limited(String key) {
        return where.getTranslation(prefix + "." + key, limits);
    }
}
