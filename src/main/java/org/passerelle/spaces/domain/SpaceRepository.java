package org.passerelle.spaces.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SpaceRepository extends JpaRepository<Space, Long> {

    /** Locks the space row: membership changes of one space run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Space s where s.id = :id")
    Optional<Space> lockById(long id);

    /** Spaces every signed-in person sees, plus the private ones the person is a member of. */
    @Query("select s from Space s where s.accessMode <> org.passerelle.spaces.AccessMode.PRIVATE"
            + " or s.id in (select m.spaceId from SpaceMember m where m.accountId = :accountId)"
            + " order by s.archived, s.updatedAt desc")
    List<Space> visibleTo(long accountId);

    List<Space> findAllByOrderByArchivedAscUpdatedAtDesc();

    @org.springframework.data.jpa.repository.Query("select e.id from Space e where e.id > ?1 order by e.id")
    java.util.List<Long> idsAfter(long after, org.springframework.data.domain.Limit limit);
}
