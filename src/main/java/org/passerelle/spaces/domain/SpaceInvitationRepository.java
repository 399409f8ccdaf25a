package org.passerelle.spaces.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpaceInvitationRepository extends JpaRepository<SpaceInvitation, Long> {

    Optional<SpaceInvitation> findBySpaceIdAndAccountIdAndStatus(
            long spaceId, long accountId, SpaceInvitation.Status status);

    List<SpaceInvitation> findByAccountIdAndStatusOrderByCreatedAtDesc(long accountId, SpaceInvitation.Status status);

    List<SpaceInvitation> findBySpaceIdAndStatusOrderByCreatedAtDesc(long spaceId, SpaceInvitation.Status status);
}
