package org.passerelle.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;

/** A person's e-mail choice for one category; a category without a row takes its default. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Embeddable
    public record Key(
            @Column(name = "account_id") Long accountId,

            @Enumerated(EnumType.STRING) @Column(name = "category")
            NotificationCategory category)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_mode", nullable = false)
    private MailMode mailMode;

    protected NotificationPreference() {}

    public NotificationPreference(long accountId, NotificationCategory category, MailMode mailMode) {
        this.key = new Key(accountId, category);
        this.mailMode = mailMode;
    }

    public Key getKey() {
        return key;
    }

    public MailMode getMailMode() {
        return mailMode;
    }

    public void setMailMode(MailMode mailMode) {
        this.mailMode = mailMode;
    }
}
