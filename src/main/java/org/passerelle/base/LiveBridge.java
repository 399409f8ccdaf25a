package org.passerelle.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries the live relay's events between application nodes that share one PostgreSQL database: each event
 * published on a node is sent as a notification ({@code pg_notify} on the channel {@value #CHANNEL}, a small JSON
 * payload: the relay channel, the key and the event with their types, and the sending node) and every other node,
 * which listens on one dedicated connection, hands it to the same relay channel. Events are small (ids and states;
 * subscribers re-read what they show). On H2 (a single node) nothing is sent and nothing listens.
 *
 * <p>Delivery is "at most once": an event sent while a node's listening connection is being re-opened (after a
 * database restart) is not seen there; its screens catch up at the next event or when reopened. Only records,
 * enums and boxed numbers of this application's own packages are read back from a payload.
 */
@Component
public class LiveBridge implements SmartLifecycle {

    /** The PostgreSQL notification channel. */
    static final String CHANNEL = "passerelle_live";

    /** PostgreSQL refuses payloads of 8000 bytes or more; a larger event stays on its node (and is logged). */
    static final int MAX_PAYLOAD = 7_900;

    /** Receives an event that was published on another node. */
    @FunctionalInterface
    public interface Receiver {
        void arrived(String channel, Object key, Object event);
    }

    private static final Logger log = LoggerFactory.getLogger(LiveBridge.class);
    private static final Set<String> PLAIN = Set.of("java.lang.Long", "java.lang.Integer", "java.lang.String");
    private final DataSource dataSource;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final String node = UUID.randomUUID().toString();
    private volatile Receiver receiver = (channel, key, event) -> {};
    private volatile boolean postgres;
    private volatile boolean running;
    private volatile boolean listening;
    private ExecutorService sender;
    private Thread listener;

    public LiveBridge(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Who receives the events of the other nodes (the relay's channels). */
    public void receiveWith(Receiver receiver) {
        this.receiver = receiver;
    }

    /** Whether events travel between nodes (the database is PostgreSQL and the bridge runs). */
    public boolean bridging() {
        return postgres && running;
    }

    /** Whether this node now hears the other nodes' events. */
    public boolean listening() {
        return listening;
    }

    /** Sends an event to the other nodes, in order, on the bridge's own thread; returns at once. */
    void send(String channel, Object key, Object event) {
        if (!bridging()) {
            return;
        }
        String payload;
        try {
            payload = encode(channel, key, event);
        } catch (RuntimeException notJson) {
            log.warn("A live event of {} cannot travel to other nodes: {}", channel, notJson.toString());
            return;
        }
        if (payload.length() >= MAX_PAYLOAD) {
            log.warn(
                    "A live event of {} is too large to travel to other nodes ({} characters)",
                    channel,
                    payload.length());
            return;
        }
        try {
            sender.execute(() -> notify(payload));
        } catch (RejectedExecutionException stopping) {
            // the node is shutting down
        }
    }

    String encode(String channel, Object key, Object event) {
        ObjectNode message = json.createObjectNode();
        message.put("n", node);
        message.put("c", channel);
        message.put("kt", key.getClass().getName());
        message.set("k", json.valueToTree(key));
        message.put("et", event.getClass().getName());
        message.set("e", json.valueToTree(event));
        return json.writeValueAsString(message);
    }

    /** Hands a payload to the receiver, unless this node sent it or it names a type that is not ours. */
    void decode(String payload) {
        try {
            JsonNode message = json.readTree(payload);
            if (node.equals(message.path("n").asString())) {
                return; // delivered on this node when published
            }
            Object key = json.treeToValue(
                    message.get("k"), allowed(message.path("kt").asString()));
            Object event = json.treeToValue(
                    message.get("e"), allowed(message.path("et").asString()));
            receiver.arrived(message.path("c").asString(), key, event);
        } catch (RuntimeException | ClassNotFoundException unreadable) {
            log.warn("A live event from another node was not understood: {}", unreadable.toString());
        }
    }

    /** A type a payload may name: a record or enum of this application, or a plain number or string. */
    private static Class<?> allowed(String name) throws ClassNotFoundException {
        if (PLAIN.contains(name)) {
            return Class.forName(name);
        }
        if (!name.startsWith("org.passerelle.")) {
            throw new ClassNotFoundException("not ours: " + name);
        }
        Class<?> type = Class.forName(name, false, LiveBridge.class.getClassLoader());
        if (!type.isRecord() && !type.isEnum()) {
            throw new ClassNotFoundException("neither a record nor an enum: " + name);
        }
        return type;
    }

    private void notify(String payload) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
            if (!connection.getAutoCommit()) {
                connection.commit(); // a notification leaves at commit
            }
        } catch (SQLException failed) {
            log.warn("A live event could not be sent to the other nodes: {}", failed.toString());
        }
    }

    /** Listens on one connection of its own; re-opens it (after a pause) when it breaks, until stopped. */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                listening = true;
                PGConnection postgresConnection = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = postgresConnection.getNotifications(500);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            decode(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException broken) {
                listening = false;
                if (running) {
                    log.warn(
                            "Listening to the other nodes' live events stopped; retrying in 1 s: {}",
                            broken.toString());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        try (Connection connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unknown) {
            postgres = false;
            log.warn("Could not tell the database: live events stay on this node: {}", unknown.toString());
        }
        running = true;
        if (!postgres) {
            return;
        }
        sender = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-bridge-send");
            thread.setDaemon(true);
            return thread;
        });
        listener = new Thread(this::listen, "live-bridge-listen");
        listener.setDaemon(true);
        listener.start();
        log.info("Live events travel between nodes through PostgreSQL notifications (node {})", node);
    }

    @Override
    public void stop() {
        running = false;
        if (sender != null) {
            sender.shutdown();
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
