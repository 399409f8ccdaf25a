package org.passerelle.documents.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.base.SubjectKind;
import org.passerelle.documents.ExtractionState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByOwnerTypeAndOwnerIdAndCurrentTrueOrderByFolderAscNameAsc(SubjectKind type, long ownerId);

    List<Document> findByOwnerTypeAndOwnerIdAndFolderAndNameOrderByVersionNoDesc(
            SubjectKind type, long ownerId, String folder, String name);

    /** The newest version of a name (the current one), read in one statement so that it is consistent. */
    Optional<Document> findFirstByOwnerTypeAndOwnerIdAndFolderAndNameOrderByVersionNoDesc(
            SubjectKind type, long ownerId, String folder, String name);

    @Query("select coalesce(sum(d.size), 0) from Document d where d.associationId = ?1")
    long usedByAssociation(long associationId);

    @Query("select d.id from Document d where d.state = ?1 order by d.id")
    List<Long> idsInState(ExtractionState state);

    @Modifying
    @Query("update Document d set d.state = ?2, d.stateChangedAt = ?3 where d.state = ?1")
    int moveAll(ExtractionState from, ExtractionState to, Instant now);

    /** Puts back in the queue the jobs claimed before {@code cutoff} and still not finished (their node is gone). */
    @Modifying
    @Query("update Document d set d.state = org.passerelle.documents.ExtractionState.QUEUED, d.stateChangedAt = ?2"
            + " where d.state = org.passerelle.documents.ExtractionState.EXTRACTING and d.stateChangedAt < ?1")
    int requeueClaimedBefore(Instant cutoff, Instant now);

    /** Claims a queued job: 1 when this caller got it, 0 when someone else did (or it is gone). */
    @Modifying
    @Query("update Document d set d.state = org.passerelle.documents.ExtractionState.EXTRACTING,"
            + " d.stateChangedAt = ?2 where d.id = ?1"
            + " and d.state = org.passerelle.documents.ExtractionState.QUEUED")
    int claim(long id, Instant now);

    @Query("select distinct d.sha256 from Document d")
    List<String> allHashes();

    @Query("select d from Document d where d.damaged = false")
    List<Document> findUndamaged();

    boolean existsBySha256(String sha256);

    List<Document> findByIdIn(Collection<Long> ids);

    /** Current documents whose text could not be read, latest failure first (few: failures are rare). */
    @Query("select d from Document d where d.state = org.passerelle.documents.ExtractionState.FAILED"
            + " and d.current = true order by d.stateChangedAt desc, d.id desc")
    List<Document> failedCurrent(org.springframework.data.domain.Limit limit);

    @Query("select d.id from Document d where d.id > ?1 order by d.id")
    List<Long> idsAfter(long after, org.springframework.data.domain.Limit limit);

    @Query("select d.id from Document d where d.ownerType = ?1 and d.ownerId = ?2")
    List<Long> idsOwnedBy(SubjectKind ownerType, long ownerId);
}
