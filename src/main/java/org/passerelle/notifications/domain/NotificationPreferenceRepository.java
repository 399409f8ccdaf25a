package org.passerelle.notifications.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationPreferenceRepository
        extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

    @Query("select p from NotificationPreference p where p.key.accountId in :accounts")
    List<NotificationPreference> ofAccounts(@Param("accounts") Collection<Long> accountIds);

    @Query("select p.key.accountId from NotificationPreference p where p.key.category = :category"
            + " and p.mailMode <> org.passerelle.notifications.MailMode.OFF")
    List<Long> turnedOn(@Param("category") org.passerelle.notifications.NotificationCategory category);
}
