package org.passerelle.audit.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete method exists. */
public interface AuditRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    List<AuditRecord> findBySpaceIdOrderByIdDesc(Long spaceId, Pageable page);

    List<AuditRecord> findByObjectTypeAndObjectIdOrderByIdDesc(String objectType, Long objectId, Pageable page);

    List<AuditRecord> findAllByOrderByIdDesc(Pageable page);

    long count();
}
