package org.passerelle.discussions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadMarkRepository extends JpaRepository<ReadMark, ReadMark.Key> {}
