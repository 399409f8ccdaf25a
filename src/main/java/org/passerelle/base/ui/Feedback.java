package org.passerelle.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;

/** Shows services' refusals and successes to the person, translated. */
public final class Feedback {

    private static final int DURATION_MS = 5000;

    private Feedback() {}

    public static String text(UserFacingException refusal) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    /**
     * Marks the field the refusal is about (when there is one among {@code fields}), otherwise shows a
     * notification. Returns the translated message.
     */
    public static String show(UserFacingException refusal, Map<String, ? extends HasValidation> fields) {
        String message = text(refusal);
        if (refusal instanceof InvalidInputException invalid && fields.containsKey(invalid.field())) {
            HasValidation field = fields.get(invalid.field());
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            error(message);
        }
        return message;
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.getElement().setAttribute("role", "status");
    }

    /** Clears the invalid state of the given fields before a new attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
