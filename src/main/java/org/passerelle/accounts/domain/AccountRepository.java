package org.passerelle.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.passerelle.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Account> findAllByOrderByDisplayNameAsc();

    @Query(
            "select a from Account a where a.enabled = true and (lower(a.displayName) like lower(concat('%', :text, '%'))"
                    + " or a.email like lower(concat('%', :text, '%'))) order by a.displayName")
    List<Account> search(String text, Pageable page);

    /** One query whatever the number of people (no role collection loaded). */
    @Query("select new org.passerelle.accounts.MailRecipient(a.id, a.displayName, a.email, a.language, a.enabled)"
            + " from Account a where a.id in :ids")
    List<org.passerelle.accounts.MailRecipient> mailRecipients(java.util.Collection<Long> ids);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(Role role);

    @Query("select a.id from Account a join a.roles r where r = :role and a.enabled = true")
    List<Long> enabledIdsWithRole(Role role);

    /** The enabled accounts among these, with their roles, in one query. */
    @Query("select distinct a from Account a left join fetch a.roles where a.id in :ids and a.enabled = true")
    List<Account> enabledWithRoles(java.util.Collection<Long> ids);

    List<Account> findByErasureRequestedAtIsNotNullOrderByErasureRequestedAtAsc();

    /** Accounts disabled before this instant and not erased yet (the retention job's). */
    @Query("select a.id from Account a where a.enabled = false and a.erasedAt is null and a.disabledAt < :before"
            + " order by a.id")
    List<Long> disabledBefore(java.time.Instant before);
}
