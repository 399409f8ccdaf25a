package org.passerelle.notifications.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a port chosen once, which the mail test contexts use as
 * {@code spring.mail.host}. Tests stop and start it to play a server that is down.
 */
public final class SmtpServer {

    private static int port;
    private static GreenMail server;

    private SmtpServer() {}

    static synchronized int port() {
        if (port == 0) {
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return port;
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts it if needed and forgets every message received so far. */
    static synchronized void fresh() {
        start();
        server.reset();
    }

    static synchronized List<MimeMessage> received() {
        start();
        return List.of(server.getReceivedMessages());
    }

    static boolean waitFor(int count, long millis) {
        start();
        return server.waitForIncomingEmail(millis, count);
    }
}
