package org.passerelle.people.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Profiles, and the directory's queries. The directory reads two columns of the accounts module's table
 * (enabled, display_name) read-only, so that one bounded, paged query can leave out disabled accounts,
 * match names and sort by name; filtering a page after the fact would break paging. Names and e-mail
 * addresses shown to people still come through {@code AccountService}.
 *
 * <p>Every filter argument is a string where {@code ''} means "no filter" (PostgreSQL cannot type a
 * bare {@code null} parameter); {@code pattern} is a lower-case {@code like} pattern with {@code \} as
 * escape character.
 */
public interface PersonProfileRepository extends JpaRepository<PersonProfile, Long> {

    String LISTED = " from person_profile p join account a on a.id = p.account_id"
            + " where p.in_expert_pool = true and a.enabled = true";

    String MATCHING = LISTED
            + " and (:skill = '' or exists (select 1 from person_skill s"
            + "      where s.account_id = p.account_id and lower(s.skill) = :skill))"
            + " and (:language = '' or exists (select 1 from person_language l"
            + "      where l.account_id = p.account_id and l.code = :language))"
            + " and (:country = '' or exists (select 1 from person_origin_country o"
            + "      where o.account_id = p.account_id and o.code = :country)"
            + "    or exists (select 1 from person_work_country w"
            + "      where w.account_id = p.account_id and w.code = :country))"
            + " and (:sector = '' or exists (select 1 from person_sector e"
            + "      where e.account_id = p.account_id and e.sector = :sector))"
            + " and (:pattern = '' or lower(a.display_name) like :pattern escape '\\'"
            + "    or lower(p.bio) like :pattern escape '\\'"
            + "    or exists (select 1 from person_skill t"
            + "      where t.account_id = p.account_id and lower(t.skill) like :pattern escape '\\')"
            + "    or p.account_id in (:found))";

    /** One page of the directory, by name. */
    @Query(
            nativeQuery = true,
            value = "select p.*" + MATCHING + " order by lower(a.display_name), p.account_id"
                    + " limit :limit offset :offset")
    List<PersonProfile> findListed(
            String pattern,
            java.util.Collection<Long> found,
            String skill,
            String language,
            String country,
            String sector,
            int offset,
            int limit);

    @Query(nativeQuery = true, value = "select count(*)" + MATCHING)
    long countListed(
            String pattern,
            java.util.Collection<Long> found,
            String skill,
            String language,
            String country,
            String sector);

    /** The skills of listed people, one spelling per skill whatever the case, for the skill filter. */
    @Query(
            nativeQuery = true,
            value = "select min(k.skill) from person_skill k where k.account_id in (select p.account_id" + LISTED
                    + ") group by lower(k.skill) order by lower(min(k.skill)) limit :limit")
    List<String> listedSkills(int limit);

    @Query("select p.accountId from PersonProfile p where p.accountId > ?1 order by p.accountId")
    List<Long> idsAfter(long after, org.springframework.data.domain.Limit limit);
}
