package org.passerelle.notifications;

import java.util.List;
import org.passerelle.accounts.AccountErased;
import org.passerelle.base.FormerTexts;
import org.passerelle.base.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification settings' part of "Download my data" (the e-mail choice per category), and the erasure: the
 * person's notifications, settings and mails (queued or sent) go; where others' notifications and mails quote the
 * person (a mention, a name in a summary), the words are rewritten to "Former member".
 */
@Component
class NotificationsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    NotificationsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "notification-settings";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        return PersonalData.rows(jdbc.queryForList(
                "select category, mail_mode from notification_preference where account_id = ? order by category",
                accountId));
    }

    @EventListener
    void erased(AccountErased event) {
        long id = event.accountId();
        jdbc.update("delete from notification where recipient_id = ?", id);
        jdbc.update("delete from notification_preference where account_id = ?", id);
        jdbc.update("delete from mail_queue where recipient_id = ?", id);
        String former = AccountErased.REPLACEMENT;
        for (String[] column : List.of(
                new String[] {"notification", "detail"},
                new String[] {"notification_event", "detail"},
                new String[] {"notification_event", "last_error"},
                new String[] {"mail_queue", "subject"},
                new String[] {"mail_queue", "text_body"},
                new String[] {"mail_queue", "html_body"},
                new String[] {"mail_queue", "last_error"})) {
            FormerTexts.rewrite(jdbc, column[0], "id", column[1], event.formerTexts(), former);
        }
    }
}
