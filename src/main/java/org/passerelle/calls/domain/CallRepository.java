package org.passerelle.calls.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallRepository extends JpaRepository<CallForProposals, Long> {

    List<CallForProposals> findBySpaceIdInOrderByClosesOnDesc(Collection<Long> spaceIds);

    @org.springframework.data.jpa.repository.Query("select e.id from CallForProposals e where e.id > ?1 order by e.id")
    java.util.List<Long> idsAfter(long after, org.springframework.data.domain.Limit limit);
}
