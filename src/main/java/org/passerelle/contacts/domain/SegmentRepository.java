package org.passerelle.contacts.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SegmentRepository extends JpaRepository<Segment, Long> {

    List<Segment> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);
}
