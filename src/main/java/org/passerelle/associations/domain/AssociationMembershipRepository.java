package org.passerelle.associations.domain;

import java.util.List;
import java.util.Optional;
import org.passerelle.associations.MemberStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssociationMembershipRepository extends JpaRepository<AssociationMembership, Long> {

    Optional<AssociationMembership> findByAssociationIdAndAccountId(long associationId, long accountId);

    List<AssociationMembership> findByAssociationIdOrderByCreatedAtAsc(long associationId);

    List<AssociationMembership> findByAccountIdOrderByCreatedAtDesc(long accountId);

    List<AssociationMembership> findByAccountIdAndStatus(long accountId, MemberStatus status);

    boolean existsByAssociationIdAndAccountIdAndStatus(long associationId, long accountId, MemberStatus status);

    long countByAssociationIdAndStatusAndContactTrue(long associationId, MemberStatus status);
}
