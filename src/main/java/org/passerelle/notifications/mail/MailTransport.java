package org.passerelle.notifications.mail;

/** Hands a queued mail over: to an SMTP server, or to an {@code .eml} file when none is configured. */
interface MailTransport {

    /**
     * Sends the mail; returns the file it was written to, or {@code null} when it went to an SMTP server.
     *
     * @throws InvalidAddressException the address cannot be parsed or the server refused the recipient for good
     * @throws Exception anything else: a failure that may pass (server down, slow, refusing for now)
     */
    String send(QueuedMail mail) throws Exception;

    /** The address cannot take mail (unparseable, or refused by the server with a 5xx reply): never retried. */
    final class InvalidAddressException extends Exception {
        InvalidAddressException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
