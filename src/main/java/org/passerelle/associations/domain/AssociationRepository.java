package org.passerelle.associations.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AssociationRepository extends JpaRepository<Association, Long>, JpaSpecificationExecutor<Association> {

    /** Locks the association row: membership changes of one association run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Association a where a.id = :id")
    Optional<Association> lockById(long id);

    boolean existsByNormalizedName(String normalizedName);

    boolean existsByNormalizedNameAndIdNot(String normalizedName, long id);

    @org.springframework.data.jpa.repository.Query("select e.id from Association e where e.id > ?1 order by e.id")
    java.util.List<Long> idsAfter(long after, org.springframework.data.domain.Limit limit);
}
