package org.passerelle.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for each open screen's push WebSocket (README, "Memory per open screen"). Every open page
 * holds one WebSocket for as long as it is open, and each came with about 0.1 MB of buffers allocated up front,
 * most of which the push channel never uses:
 *
 * <ul>
 *   <li>Atmosphere's {@code org.atmosphere.websocket.bufferSize} (Vaadin sets 16,384): a byte and a char
 *       buffer of that size per WebSocket (48 KB), used only by containers that hand a message over as a stream;
 *       on Tomcat (JSR 356, whole-message handlers) the message arrives as one String and they are never used.
 *       Where they are used they grow, doubling up to the message limit, so a small start is safe.
 *   <li>Tomcat's {@code org.apache.tomcat.websocket.textBufferSize} and {@code binaryBufferSize} (servlet context
 *       parameters, 8,192 each): the initial incoming text (16 KB of chars) and binary (8 KB) message buffers of
 *       each WebSocket. They only set the first allocation: Atmosphere gives each session its own limit
 *       ({@code maxTextMessageSize}, 16,384 characters, which Vaadin's client fragments fit), and Tomcat
 *       re-sizes the buffer to that limit when a message of that kind arrives. The limit on what a client may
 *       send over the WebSocket is therefore unchanged.
 *   <li>Tomcat's connector buffers {@code socket.appReadBufSize} and {@code appWriteBufSize} (8,192 bytes each)
 *       of every open connection: 4,096 each. The connector documentation advises smaller ones for many
 *       kept-open connections; a larger request or response simply passes through them in more pieces.
 * </ul>
 *
 * <p>Tomcat's other per-WebSocket buffers (its frame read, output and encoder buffers, 8 KB each) are sized by
 * the system property {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}, read once when Tomcat's WebSocket
 * classes load: it belongs with the JVM's options (config/jvm.options), not here. What the page sends (typing,
 * clicks, a pasted 100 KB text) goes as HTTP requests ({@code @Push} uses WebSocket for server to client and XHR
 * for client to server); {@code PushBuffersTest} checks that large messages still pass both ways.
 */
@Component
class PushBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, VaadinServiceInitListener {

    /** Atmosphere's per-WebSocket stream buffers (characters and bytes), unused on Tomcat. */
    static final int ATMOSPHERE_BUFFER = 1024;
    /** The first incoming-message buffers of a Tomcat WebSocket (characters and bytes); grown on demand. */
    static final int TOMCAT_MESSAGE_BUFFER = 1024;

    /** The connector's read and write buffer of each connection (Tomcat's default 8,192 bytes each). */
    static final int SOCKET_BUFFER = 4096;

    static final String SOCKET_READ_BUFFER = "socket.appReadBufSize";
    static final String SOCKET_WRITE_BUFFER = "socket.appWriteBufSize";
    static final String ATMOSPHERE_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String TOMCAT_TEXT_BUFFER_SIZE = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY_BUFFER_SIZE = "org.apache.tomcat.websocket.binaryBufferSize";

    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // every open connection, each push WebSocket among them, holds a read and a write buffer of the connector
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty(SOCKET_READ_BUFFER, Integer.toString(SOCKET_BUFFER));
            connector.setProperty(SOCKET_WRITE_BUFFER, Integer.toString(SOCKET_BUFFER));
        });
        // context parameters, set before the WebSocket container reads them when the context starts
        factory.addContextCustomizers(context -> {
            context.addParameter(TOMCAT_TEXT_BUFFER_SIZE, Integer.toString(TOMCAT_MESSAGE_BUFFER));
            context.addParameter(TOMCAT_BINARY_BUFFER_SIZE, Integer.toString(TOMCAT_MESSAGE_BUFFER));
        });
    }

    /**
     * Vaadin sets Atmosphere's buffer size as a framework parameter, which wins over servlet parameters; the
     * framework reads it again for each new WebSocket, so it is set on the framework Vaadin made when the context
     * started, before the first page asks for push.
     */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        VaadinServlet servlet = service.getServlet();
        Object framework = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        if (framework instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ATMOSPHERE_BUFFER_SIZE, Integer.toString(ATMOSPHERE_BUFFER));
        } else {
            log.warn(
                    "No Atmosphere framework for servlet {}: push WebSockets keep Vaadin's buffer size",
                    servlet.getServletName());
        }
    }
}
