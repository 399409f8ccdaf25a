package org.passerelle.spaces.domain;

import java.util.List;
import java.util.Optional;
import org.passerelle.spaces.SpaceRole;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpaceMemberRepository extends JpaRepository<SpaceMember, Long> {

    Optional<SpaceMember> findBySpaceIdAndAccountId(long spaceId, long accountId);

    List<SpaceMember> findBySpaceIdOrderByJoinedAtAsc(long spaceId);

    List<SpaceMember> findByAccountId(long accountId);

    List<SpaceMember> findByAccountIdAndSpaceIdIn(long accountId, java.util.Collection<Long> spaceIds);

    long countBySpaceIdAndRole(long spaceId, SpaceRole role);
}
