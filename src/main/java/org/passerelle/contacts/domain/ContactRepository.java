package org.passerelle.contacts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Contacts and the list's queries. Every filter argument is a string where {@code ''} means "no filter"
 * (PostgreSQL cannot type a bare {@code null} parameter); {@code pattern} is a lower-case {@code like} pattern
 * with {@code \} as escape character; {@code consent} is {@code 'yes'}, {@code 'no'} or {@code ''}.
 */
public interface ContactRepository extends JpaRepository<Contact, Long> {

    String MATCHING = " from contact c where (:country = '' or c.country_code = :country)"
            + " and (:sector = '' or exists (select 1 from contact_sector s"
            + "      where s.contact_id = c.id and s.sector = :sector))"
            + " and (:language = '' or exists (select 1 from contact_language l"
            + "      where l.contact_id = c.id and l.code = :language))"
            + " and (:consent = '' or (:consent = 'yes' and c.consent = true) or (:consent = 'no' and c.consent = false))"
            + " and (:pattern = '' or lower(c.name) like :pattern escape '\\'"
            + "    or lower(c.organisation) like :pattern escape '\\'"
            + "    or c.email_key like :pattern escape '\\')";

    /** One page of the list, by name. */
    @Query(
            nativeQuery = true,
            value = "select c.*" + MATCHING + " order by lower(c.name), c.id limit :limit offset :offset")
    List<Contact> findMatching(
            String pattern, String country, String sector, String language, String consent, int offset, int limit);

    @Query(nativeQuery = true, value = "select count(*)" + MATCHING)
    long countMatching(String pattern, String country, String sector, String language, String consent);

    /** The recipients among the matching contacts, by id. */
    @Query(
            nativeQuery = true,
            value = "select c.id as contactId, c.email as email, c.name as name, c.mail_language as language" + MATCHING
                    + " order by c.id")
    List<RecipientRow> recipients(String pattern, String country, String sector, String language, String consent);

    Optional<Contact> findByEmailKey(String emailKey);

    List<Contact> findByEmailKeyIn(Collection<String> emailKeys);

    /** A recipient's columns, read without loading the entity. */
    interface RecipientRow {
        long getContactId();

        String getEmail();

        String getName();

        String getLanguage();
    }
}
