package org.passerelle.sessions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderRepository extends JpaRepository<ReminderRecord, Long> {}
