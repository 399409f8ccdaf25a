package org.passerelle.records.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** A link that downloads a file made when it is clicked, as an attachment under a fixed, safe file name. */
final class Downloads {

    private Downloads() {}

    /**
     * @param fileName made by the code from ids and fixed words only (never from what people wrote)
     */
    static Anchor link(String text, String fileName, String contentType, SerializableSupplier<byte[]> content) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                text);
        link.getStyle().set("margin-inline-end", "var(--lumo-space-m, 1rem)");
        return link;
    }
}
