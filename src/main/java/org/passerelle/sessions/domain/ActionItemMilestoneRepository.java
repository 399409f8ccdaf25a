package org.passerelle.sessions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemMilestoneRepository extends JpaRepository<ActionItemMilestone, Long> {}
