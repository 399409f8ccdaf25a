package org.passerelle.calls.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallRepository extends JpaRepository<CallForProposals, Long> {

    List<CallForProposals> findBySpaceIdInOrderByClosesOnDesc(Collection<Long> spaceIds);
}
