package org.passerelle.notifications;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.passerelle.notifications.domain.NotificationPreference;
import org.passerelle.notifications.domain.NotificationPreferenceRepository;
import org.passerelle.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's e-mail choice per category (in the app everything is shown). A category nobody set takes its
 * default ({@link NotificationCategory#defaultMode}).
 */
@Service
@Transactional
public class NotificationSettings {

    private final NotificationPreferenceRepository preferences;
    private final CurrentUser currentUser;

    NotificationSettings(NotificationPreferenceRepository preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    /** The signed-in person's choices, every category present. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<NotificationCategory, MailMode> mine() {
        long me = currentUser.require().accountId();
        Map<NotificationCategory, MailMode> modes = new EnumMap<>(NotificationCategory.class);
        for (NotificationCategory category : NotificationCategory.values()) {
            modes.put(category, category.defaultMode());
        }
        preferences
                .ofAccounts(java.util.List.of(me))
                .forEach(p -> modes.put(p.getKey().category(), p.getMailMode()));
        return modes;
    }

    @PreAuthorize("isAuthenticated()")
    public void setMine(NotificationCategory category, MailMode mode) {
        set(currentUser.require().accountId(), category, mode);
    }

    /**
     * Sets a person's choice. Without a check of who asks: for the signed-in person ({@link #setMine}) and for
     * an unsubscribe link, whose signed token is the authority.
     */
    public void set(long accountId, NotificationCategory category, MailMode mode) {
        if (category == null || mode == null) {
            throw new IllegalArgumentException("category and mode are required");
        }
        NotificationPreference.Key key = new NotificationPreference.Key(accountId, category);
        NotificationPreference preference = preferences.findById(key).orElse(null);
        if (preference == null) {
            preferences.save(new NotificationPreference(accountId, category, mode));
        } else {
            preference.setMailMode(mode);
        }
    }

    /**
     * The accounts that chose a mode other than OFF for the category (for a category off by default, such as the
     * newsletter: those who consented).
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> turnedOn(NotificationCategory category) {
        return new java.util.TreeSet<>(preferences.turnedOn(category));
    }

    /** The person's choice for the category. */
    @Transactional(readOnly = true)
    public MailMode modeOf(long accountId, NotificationCategory category) {
        return modesOf(java.util.List.of(accountId), category).get(accountId);
    }

    /** Each person's choice for the category, with one query. */
    @Transactional(readOnly = true)
    public Map<Long, MailMode> modesOf(Collection<Long> accountIds, NotificationCategory category) {
        Map<Long, MailMode> modes = new HashMap<>();
        accountIds.forEach(id -> modes.put(id, category.defaultMode()));
        if (!accountIds.isEmpty()) {
            preferences.ofAccounts(accountIds).stream()
                    .filter(p -> p.getKey().category() == category)
                    .forEach(p -> modes.put(p.getKey().accountId(), p.getMailMode()));
        }
        return modes;
    }
}
