package org.passerelle.documents.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DocumentTextPageRepository extends JpaRepository<DocumentTextPage, DocumentTextPage.Key> {

    @Query("select p from DocumentTextPage p where p.textId = ?1 and p.pageNo = ?2")
    Optional<DocumentTextPage> page(long textId, int pageNo);

    @Modifying
    @Query("delete from DocumentTextPage p where p.textId = ?1")
    void deleteByText(long textId);

    @Query("select p from DocumentTextPage p where p.textId in ?1")
    java.util.List<DocumentTextPage> ofTexts(java.util.Collection<Long> textIds);
}
