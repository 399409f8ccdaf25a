package org.passerelle.documents;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.passerelle.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents' part of "Download my data": what the person uploaded (each version), as a list and as the files
 * themselves. Documents belong to proposals, spaces, calls and sessions, so an erasure keeps them there: the
 * workspace has no files of a person's own profile to delete.
 */
@Component
class DocumentsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final ContentStore store;

    DocumentsPersonalData(JdbcTemplate jdbc, ContentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public String kind() {
        return "documents";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        return PersonalData.rows(jdbc.queryForList(
                "select id, owner_type, owner_id, folder, name, version_no, media_type, size_bytes, sha256, uploaded_at"
                        + " from document where uploaded_by = ? order by id",
                accountId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalFile> files(long accountId) {
        return PersonalData.rows(jdbc.queryForList(
                        "select id, name, size_bytes, sha256 from document where uploaded_by = ? order by id",
                        accountId))
                .stream()
                .map(this::file)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private PersonalFile file(Map<String, Object> row) {
        var path = store.pathOf((String) row.get("sha256"));
        if (!Files.isRegularFile(path)) {
            return null;
        }
        String name = row.get("id") + "-" + safe((String) row.get("name"));
        return new PersonalFile(name, ((Number) row.get("size_bytes")).longValue(), () -> Files.newInputStream(path));
    }

    private static String safe(String name) {
        return name == null ? "file" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
