package org.passerelle.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a document's bytes, always as an attachment (never rendered in the page, HTML included), as the type
 * detected from its content, with sniffing off and a sandbox policy in case a browser renders it anyway. A
 * document the person may not see is "not found", like one that does not exist.
 */
@RestController
class DocumentDownloads {

    static final String PATH = "/files/documents/";
    private final DocumentService documents;

    DocumentDownloads(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<Resource> download(@PathVariable("id") String id) {
        StoredFile file;
        try {
            file = documents.open(Long.parseLong(id));
        } catch (NumberFormatException | DocumentNotFoundException unknown) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(mediaType(file.mediaType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new FileSystemResource(file.path()));
    }

    private static MediaType mediaType(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (IllegalArgumentException unknown) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
