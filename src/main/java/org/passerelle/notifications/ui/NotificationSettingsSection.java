package org.passerelle.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.passerelle.accounts.AccountSummary;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PageSection;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationSettings;

/** The person's e-mail choice per category, on their profile page; each change is saved at once. */
@org.springframework.stereotype.Component
class NotificationSettingsSection implements PageSection<AccountSummary> {

    private final NotificationSettings settings;

    NotificationSettingsSection(NotificationSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Component> create(AccountSummary me) {
        return Optional.of(new SettingsCard(settings));
    }

    /** The card itself (its selects are reachable by tests). */
    static final class SettingsCard extends Div {

        final Map<NotificationCategory, Select<MailMode>> modes = new EnumMap<>(NotificationCategory.class);

        SettingsCard(NotificationSettings settings) {
            addClassName("passerelle-card");
            addClassName("passerelle-notification-settings");
            FormLayout form = new FormLayout();
            settings.mine().forEach((category, mode) -> {
                Select<MailMode> select = new Select<>();
                select.setLabel(getTranslation(category.messageKey()));
                select.setItems(MailMode.values());
                select.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
                select.setValue(mode);
                select.addValueChangeListener(change -> {
                    if (change.isFromClient() && change.getValue() != null) {
                        settings.setMine(category, change.getValue());
                        Feedback.success(getTranslation("notifications.settings.saved"));
                    }
                });
                modes.put(category, select);
                form.add(select);
            });
            add(
                    new H3(getTranslation("notifications.settings.title")),
                    new Paragraph(getTranslation("notifications.settings.intro")),
                    form);
        }
    }
}
