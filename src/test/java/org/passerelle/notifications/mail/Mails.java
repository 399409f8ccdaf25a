package org.passerelle.notifications.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** Reading delivered messages in tests. */
final class Mails {

    private Mails() {}

    static MimeMessage to(List<MimeMessage> messages, String address) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No message to " + address);
    }

    /** The first part of this MIME type (text/plain, text/html), decoded, with line ends as {@code \n}. */
    static String part(Part message, String type) throws Exception {
        if (message.isMimeType(type)) {
            return ((String) message.getContent()).replace("\r\n", "\n");
        }
        if (message.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String found = part(part, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
