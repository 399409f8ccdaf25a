package org.passerelle.people;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.accounts.AccountErased;
import org.passerelle.base.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile's part of "Download my data" (bio, phone, contact address, pool, languages, countries, sectors,
 * skills), its naming texts for an erasure, and the erasure itself: the whole profile goes (its lists follow by
 * cascade), which also takes the person out of the expert pool and the directory.
 */
@Component
class ProfilePersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    ProfilePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "profile";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        Map<String, Object> part = new LinkedHashMap<>();
        List<Map<String, Object>> profile = PersonalData.rows(jdbc.queryForList(
                "select bio, phone, contact_email, in_expert_pool, created_at, updated_at from person_profile"
                        + " where account_id = ?",
                accountId));
        part.put("profile", profile.isEmpty() ? null : profile.getFirst());
        part.put("languages", list("select code from person_language where account_id = ? order by code", accountId));
        part.put(
                "countriesOfOrigin",
                list("select code from person_origin_country where account_id = ? order by code", accountId));
        part.put(
                "countriesOfWork",
                list("select code from person_work_country where account_id = ? order by code", accountId));
        part.put("sectors", list("select sector from person_sector where account_id = ? order by sector", accountId));
        part.put("skills", list("select skill from person_skill where account_id = ? order by position", accountId));
        return part;
    }

    @Override
    public Set<String> namingTexts(long accountId) {
        Set<String> texts = new LinkedHashSet<>();
        jdbc.query(
                "select phone, contact_email from person_profile where account_id = ?",
                row -> {
                    texts.add(row.getString(1));
                    texts.add(row.getString(2));
                },
                accountId);
        texts.remove(null);
        return texts;
    }

    @EventListener
    void erased(AccountErased event) {
        jdbc.update("delete from person_profile where account_id = ?", event.accountId());
    }

    private List<String> list(String sql, long accountId) {
        return jdbc.queryForList(sql, String.class, accountId);
    }
}
