package org.passerelle.documents.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DocumentTextRepository extends JpaRepository<DocumentText, Long> {

    Optional<DocumentText> findByDocumentId(long documentId);

    @Modifying
    @Query("delete from DocumentText t where t.documentId = ?1")
    void deleteByDocument(long documentId);

    java.util.List<DocumentText> findByDocumentIdIn(java.util.Collection<Long> documentIds);
}
