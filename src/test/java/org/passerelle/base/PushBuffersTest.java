package org.passerelle.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Field;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.websocket.WebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.bench.live.ScreenClient;
import org.passerelle.security.LoginThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.WebApplicationContext;

/**
 * The push WebSocket of a real open screen (the real Tomcat, Atmosphere and Vaadin; the client speaks Vaadin's
 * protocol): its buffers start small, and large messages still pass both ways — a 100 KB text typed into a
 * field (over HTTP as the page sends it, and over the WebSocket in Vaadin's fragments), a 200 KB change pushed to
 * the page.
 */
@H2Test
class PushBuffersTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LoginThrottle throttle;

    ScreenClient screen;

    @BeforeEach
    void openAScreen() throws Exception {
        new TestAccounts(context).reset();
        throttle.reset();
        screen = new ScreenClient(
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                "http://localhost:" + port);
        screen.signIn(TestAccounts.ADMIN.email(), TestAccounts.PASSWORD);
        screen.open("");
    }

    @AfterEach
    void close() {
        screen.closePush();
        TestAccounts.signOut();
    }

    @Test
    void theOpenScreensWebSocketStartsWithSmallBuffers() throws Exception {
        ServletContext servletContext = ((WebApplicationContext) context).getServletContext();
        assertThat(servletContext.getInitParameter(PushBuffers.TOMCAT_TEXT_BUFFER_SIZE))
                .isEqualTo(Integer.toString(PushBuffers.TOMCAT_MESSAGE_BUFFER));
        assertThat(servletContext.getInitParameter(PushBuffers.TOMCAT_BINARY_BUFFER_SIZE))
                .isEqualTo(Integer.toString(PushBuffers.TOMCAT_MESSAGE_BUFFER));

        var connector = server().getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty(PushBuffers.SOCKET_READ_BUFFER)))
                .isEqualTo(Integer.toString(PushBuffers.SOCKET_BUFFER));
        assertThat(String.valueOf(connector.getProperty(PushBuffers.SOCKET_WRITE_BUFFER)))
                .isEqualTo(Integer.toString(PushBuffers.SOCKET_BUFFER));

        UI ui = ui();
        WebSocket socket = onUi(ui, () -> {
            // the connection's resource has no public accessor
            AtmosphereResource resource =
                    (AtmosphereResource) field(ui.getInternals().getPushConnection(), "resource");
            return ((org.atmosphere.cpr.AtmosphereResourceImpl) resource).webSocket();
        });
        assertThat(socket).as("the screen's push goes over a WebSocket").isNotNull();
        // Atmosphere's own buffers of this WebSocket (protected fields: no accessor)
        assertThat(((ByteBuffer) field(socket, "bb")).capacity()).isEqualTo(PushBuffers.ATMOSPHERE_BUFFER);
        assertThat(((CharBuffer) field(socket, "cb")).capacity()).isEqualTo(PushBuffers.ATMOSPHERE_BUFFER);
    }

    @Test
    void aLargeTextTypedOverHttpArrivesWhole() throws Exception {
        UI ui = ui();
        TextArea area = addTextArea(ui);
        String text = text("http", 100_000);

        screen.type(nodeOf(ui, area), text);

        assertHolds(ui, area, text);
        assertThat(screen.pushOpen()).isTrue();
    }

    @Test
    void aLargeTextSentOverThePushWebSocketArrivesWhole() throws Exception {
        UI ui = ui();
        TextArea area = addTextArea(ui);
        String text = text("push", 100_000);

        screen.typeOverPush(nodeOf(ui, area), text);

        long until = System.nanoTime() + WAIT.toNanos();
        while (!text.equals(onUi(ui, area::getValue)) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertHolds(ui, area, text);
        assertThat(screen.pushOpen())
                .as("push closed with %s", screen.pushClosedWith())
                .isTrue();
    }

    @Test
    void aLargeChangePushedToTheScreenArrivesWhole() throws Exception {
        UI ui = ui();
        TextArea area = addTextArea(ui);
        String text = text("pushed", 200_000);
        screen.watch(text);

        ui.access(() -> area.setValue(text)).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        long until = System.nanoTime() + WAIT.toNanos();
        while (screen.seen(text) == 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(screen.seen(text))
                .as("a push message carried the whole 200 KB text")
                .isNotZero();
        assertThat(screen.pushOpen()).isTrue();
    }

    private static void assertHolds(UI ui, TextArea area, String text) throws Exception {
        String value = onUi(ui, area::getValue);
        assertThat(text.equals(value))
                .as(
                        "the field on the server holds the whole %d characters typed (it holds %d)",
                        text.length(), value.length())
                .isTrue();
    }

    /** A text of about this many characters, not all ASCII (two- and three-byte UTF-8), unique to the test. */
    private static String text(String label, int length) {
        StringBuilder text =
                new StringBuilder(label).append(' ').append(System.nanoTime()).append(' ');
        String words = "proposition pour la diaspora — santé, EFTP et numérique; ";
        while (text.length() < length) {
            text.append(words);
        }
        return text.substring(0, length);
    }

    /** Adds a text area to the screen and waits until the page was told of it (its id came on the push). */
    private TextArea addTextArea(UI ui) throws Exception {
        String id = "push-buffers-" + System.nanoTime();
        screen.watch(id);
        TextArea area = onUi(ui, () -> {
            TextArea added = new TextArea();
            added.setId(id);
            ui.add(added);
            return added;
        });
        long until = System.nanoTime() + WAIT.toNanos();
        while (screen.seen(id) == 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(screen.seen(id)).as("the new field came on the push").isNotZero();
        return area;
    }

    private static int nodeOf(UI ui, TextArea area) throws Exception {
        return onUi(ui, () -> area.getElement().getNode().getId());
    }

    /** The screen's UI on the server, found through its HTTP session. */
    private UI ui() throws Exception {
        Context web = (Context) server().getTomcat().getHost().findChildren()[0];
        HttpSession http = web.getManager().findSession(screen.sessionId()).getSession();
        VaadinSession session = Collections.list(http.getAttributeNames()).stream()
                .map(http::getAttribute)
                .filter(VaadinSession.class::isInstance)
                .map(VaadinSession.class::cast)
                .findFirst()
                .orElseThrow();
        CompletableFuture<UI> ui = new CompletableFuture<>();
        session.access(() -> ui.complete(session.getUIById(screen.uiId()))).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return ui.get();
    }

    private TomcatWebServer server() {
        return (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
    }

    private static <T> T onUi(UI ui, Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        ui.access(() -> {
                    try {
                        result.complete(work.call());
                    } catch (Exception e) {
                        result.completeExceptionally(e);
                    }
                })
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return result.get();
    }

    private static Object field(Object target, String name) throws Exception {
        Class<?> type = target.getClass();
        while (type != null) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(target);
            } catch (NoSuchFieldException notHere) {
                type = type.getSuperclass();
            }
        }
        throw new NoSuchFieldException(name);
    }
}
