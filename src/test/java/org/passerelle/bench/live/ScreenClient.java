package org.passerelle.bench.live;

import com.vaadin.flow.shared.communication.PushConstants;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person's open screen, spoken to as a browser running Vaadin's client does (as recorded from Chromium on
 * this app): its own HTTP session (cookie), the sign-in form posted, the page's HTML, the UI made by
 * {@code ?v-r=init}, the push WebSocket of that UI ({@code /VAADIN/push}, Atmosphere with message lengths),
 * then the navigation event ({@code ui-navigate}) whose answer draws the view; later client events (typing,
 * clicks, the message list's viewport) go as {@code ?v-r=uidl} requests, as Vaadin 25's client sends them.
 * Remembers when each watched text first arrived on the push channel.
 */
public final class ScreenClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private String cookie;
    private int uiId = -1;
    private String csrf;
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    private WebSocket push;
    private final StringBuilder pushBuffer = new StringBuilder();
    private volatile String pushClosedWith;
    /** Watched texts and when (System.nanoTime) each first came on the push channel; 0 until then. */
    private final Map<String, Long> watched = new ConcurrentHashMap<>();
    /** The first push message that carried each watched text (to compare with what a browser got). */
    final Map<String, String> carriedBy = new ConcurrentHashMap<>();
    /** What the responses said of each node (tag, properties, text, children), for finding fields and buttons. */
    final Nodes nodes = new Nodes();

    volatile long pushMessages;
    volatile long pushChars;

    public ScreenClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Posts the login form as the browser does (no CSRF token: Vaadin's login form posts a plain form). */
    public void signIn(String email, String password) throws Exception {
        HttpResponse<String> page = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        keepCookie(page);
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        keepCookie(signedIn);
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Sign-in of " + email + " refused: " + signedIn.statusCode() + " " + location);
        }
    }

    /** Loads the page at {@code route} (no leading slash) as a browser tab does, push connected. */
    public void open(String route) throws Exception {
        HttpResponse<String> html = http.send(get("/" + route), HttpResponse.BodyHandlers.ofString());
        if (html.statusCode() != 200) {
            throw new IllegalStateException("GET /" + route + ": " + html.statusCode());
        }
        keepCookie(html);
        String init = "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280&v-curdate="
                + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + Math.random()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
        HttpResponse<String> answer = http.send(get(init), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("init of /" + route + ": " + answer.statusCode());
        }
        JsonNode config = JSON.readTree(answer.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrf = uidl.get("Vaadin-Security-Key").asString();
        String pushId = uidl.get("Vaadin-Push-ID").asString();
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        nodes.read(uidl);
        connectPush(pushId);
        historyIndex = 0;
        navigate(route);
    }

    /**
     * As {@link #navigate(String)}, with a query string (without {@code ?}, e.g. {@code q=health}) as a link to
     * the search page carries it; returns the answer.
     */
    String navigate(String route, String query) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", "/" + route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.put("historyState", Map.of("idx", historyIndex++));
        data.put("trigger", "");
        return rpc(List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate", "data", data)));
    }

    /**
     * Leaves this page as a browser does when the person reloads, types another address or closes the tab:
     * Vaadin's client sends, on {@code pagehide}, a beacon (a {@code ?v-r=uidl} POST whose message carries
     * {@code "UNLOAD": true}, sent as text) by which the server closes the UI at once; then the page's push
     * WebSocket goes away. What the client knew of the page's nodes is forgotten.
     */
    void leave() throws Exception {
        if (uiId >= 0) {
            Map<String, Object> body = message(List.of());
            body.put("UNLOAD", true);
            HttpResponse<Void> answer = http.send(
                    request("/?v-r=uidl&v-uiId=" + uiId)
                            .header("Content-Type", "text/plain;charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("unload beacon of UI " + uiId + ": " + answer.statusCode());
            }
        }
        if (push != null) {
            // as the browser's page goes away: a close frame (1001, going away), then the connection is dropped
            try {
                push.sendClose(1001, "").get(2, TimeUnit.SECONDS);
            } catch (Exception closedAlready) {
                // the server closed it first
            }
        }
        closePush();
        synchronized (pushBuffer) {
            pushBuffer.setLength(0);
        }
        nodes.clear();
        uiId = -1;
    }

    /** The id of the UI this screen is on, -1 after {@link #leave()}. */
    public int uiId() {
        return uiId;
    }

    /**
     * Uploads a file with the page's vaadin-upload as the web component does in raw format: its
     * {@code upload-start} event, the file as the body of a POST to the element's {@code target} (with
     * {@code X-Filename} and the file's type), then {@code upload-success} with the data Flow's Upload asks
     * for (no file still uploading: the batch is finished). Returns the upload request's HTTP status.
     */
    int upload(int uploadNode, java.nio.file.Path file, String fileName, String contentType) throws Exception {
        String target = nodes.properties.getOrDefault(uploadNode, Map.of()).get("target");
        if (target == null) {
            throw new IllegalStateException("The upload " + uploadNode + " has no target");
        }
        rpc(List.of(Map.of("type", "event", "node", uploadNode, "event", "upload-start", "data", Map.of())));
        if (target.startsWith("{")) {
            // a stream resource attribute comes as {"uri": "VAADIN/dynamic/resource/..."}
            target = JSON.readTree(target).get("uri").asString();
        }
        String path = target.startsWith("/") ? target : "/" + target;
        HttpResponse<String> answer = http.send(
                request(path)
                        .header("Content-Type", contentType)
                        .header(
                                "X-Filename",
                                URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String finished = answer.statusCode() == 200 ? "upload-success" : "upload-error";
        rpc(List.of(Map.of(
                "type",
                "event",
                "node",
                uploadNode,
                "event",
                finished,
                "data",
                Map.of("element.files.some(file => file.uploading)", false))));
        return answer.statusCode();
    }

    /** Moves this screen to another view as the menu and links do (the same UI, a new view). */
    void navigate(String route) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", "/" + route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.put("historyState", Map.of("idx", historyIndex++));
        data.put("trigger", "");
        rpc(List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate", "data", data)));
    }

    /** A {@code ?v-r=uidl} message of this screen carrying these client events. */
    private Map<String, Object> message(List<Map<String, Object>> calls) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", csrf);
        body.put("rpc", calls);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body;
    }

    /** Sends client events (one {@code ?v-r=uidl} request); returns the answer, read into {@link #nodes}. */
    synchronized String rpc(List<Map<String, Object>> calls) throws Exception {
        Map<String, Object> body = message(calls);
        HttpResponse<String> answer = http.send(
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String text = answer.body();
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("uidl " + answer.statusCode() + ": " + abbreviate(text));
        }
        // one message, or (older clients' form) "for(;;);" and an array of them
        JsonNode read = JSON.readTree(text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text);
        for (JsonNode message : read.isArray() ? read : List.of(read)) {
            sawIds(message.toString());
            nodes.read(message);
            if (message.has("appError")
                    || message.has("meta") && message.get("meta").has("sessionExpired")) {
                throw new IllegalStateException("The UI answered an error: " + abbreviate(message.toString()));
            }
        }
        return text;
    }

    /**
     * The browser's "tell me these rows" for a virtual list (Vaadin's setViewportRange; the server reads its
     * arguments as the first row and the number of rows); returns the answer.
     */
    String viewport(int listNode, int first, int last) throws Exception {
        return rpc(List.of(Map.of(
                "type",
                "publishedEventHandler",
                "node",
                listNode,
                "templateEventMethodName",
                "setViewportRange",
                "templateEventMethodArgs",
                List.of(first, last),
                "promise",
                promise++)));
    }

    /** Types into a text field as the browser sends it (value then the input event). */
    public void type(int fieldNode, String text) throws Exception {
        rpc(typing(fieldNode, text));
    }

    /**
     * Types into a text field with the message sent over the push WebSocket instead of a {@code ?v-r=uidl}
     * request, as Vaadin's client does with the {@code WEBSOCKET} transport: the message's length, a bar and
     * the message, cut into fragments of {@link PushConstants#WEBSOCKET_FRAGMENT_SIZE} characters, one WebSocket
     * message each. The server's answer comes on the push channel.
     */
    public void typeOverPush(int fieldNode, String text) throws Exception {
        String json;
        synchronized (this) {
            json = JSON.writeValueAsString(message(typing(fieldNode, text)));
        }
        String framed = json.length() + "|" + json;
        int size = PushConstants.WEBSOCKET_FRAGMENT_SIZE;
        for (int from = 0; from < framed.length(); from += size) {
            String fragment = framed.substring(from, Math.min(framed.length(), from + size));
            push.sendText(fragment, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Whether the push WebSocket is still open both ways (the server closes it on a message too big). */
    public boolean pushOpen() {
        return push != null && !push.isInputClosed() && !push.isOutputClosed() && pushClosedWith == null;
    }

    /** The close code and reason the server gave, or null while open. */
    public String pushClosedWith() {
        return pushClosedWith;
    }

    /** The id of this screen's HTTP session (its cookie), to find the session on the server. */
    public String sessionId() {
        return cookie == null ? null : cookie.substring(cookie.indexOf('=') + 1);
    }

    private static List<Map<String, Object>> typing(int fieldNode, String text) {
        return List.of(
                Map.of("type", "mSync", "node", fieldNode, "feature", 1, "property", "value", "value", text),
                Map.of(
                        "type",
                        "event",
                        "node",
                        fieldNode,
                        "event",
                        "input",
                        "data",
                        Map.of("1", 1, "for", "intermediate")));
    }

    /** A click with the event data Chromium sends for a vaadin-button. */
    String click(int buttonNode) throws Exception {
        Map<String, Object> data = new HashMap<>();
        for (String key : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + key, false);
        }
        for (String key : List.of("detail", "clientX", "clientY", "button", "screenX", "screenY")) {
            data.put("event." + key, 0);
        }
        return rpc(List.of(Map.of("type", "event", "node", buttonNode, "event", "click", "data", data)));
    }

    /** Starts watching for a text on the push channel. */
    public void watch(String text) {
        watched.put(text, 0L);
    }

    /** When the text first came on the push channel (System.nanoTime), or 0. */
    public long seen(String text) {
        return watched.getOrDefault(text, 0L);
    }

    void forget(String text) {
        watched.remove(text);
    }

    /** Sends the UI's heartbeat, as the client does every few minutes, so that the UI is not closed. */
    void heartbeat() throws Exception {
        http.send(
                request("/?v-r=heartbeat&v-uiId=" + uiId)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    public void closePush() {
        if (push != null) {
            push.abort();
        }
    }

    private void connectPush(String pushId) throws Exception {
        String ws = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
        push = http.newWebSocketBuilder()
                .header("Cookie", cookie)
                .header("Origin", base)
                .connectTimeout(TIMEOUT)
                .buildAsync(URI.create(ws), new PushListener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Atmosphere's framing: each message is its length, a bar, then the message; frames may cut anywhere. */
    private final class PushListener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            List<String> complete = new ArrayList<>();
            synchronized (pushBuffer) {
                pushBuffer.append(data);
                while (true) {
                    int bar = pushBuffer.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length = Integer.parseInt(pushBuffer.substring(0, bar).strip());
                    if (pushBuffer.length() < bar + 1 + length) {
                        break;
                    }
                    complete.add(pushBuffer.substring(bar + 1, bar + 1 + length));
                    pushBuffer.delete(0, bar + 1 + length);
                }
            }
            for (String message : complete) {
                pushMessages++;
                pushChars += message.length();
                watched.replaceAll((text, at) -> {
                    if (at == 0L && message.contains(text)) {
                        carriedBy.putIfAbsent(text, message);
                        return now;
                    }
                    return at;
                });
                if (message.startsWith("{")) {
                    sawIds(message);
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            pushClosedWith = statusCode + " " + reason;
            return null;
        }
    }

    private synchronized void sawIds(String message) {
        Matcher sync = SYNC_ID.matcher(message);
        int lastSync = -1;
        while (sync.find()) {
            lastSync = Integer.parseInt(sync.group(1));
        }
        if (lastSync > syncId) {
            syncId = lastSync;
        }
        Matcher client = CLIENT_ID.matcher(message);
        if (client.find()) {
            clientId = Math.max(clientId, Integer.parseInt(client.group(1)));
        }
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private void keepCookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith("JSESSIONID=")) {
                cookie = header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    /** The element tree as far as the responses described it. */
    static final class Nodes {
        final Map<Integer, String> tags = new ConcurrentHashMap<>();
        final Map<Integer, Map<String, String>> properties = new ConcurrentHashMap<>();
        final Map<Integer, String> texts = new ConcurrentHashMap<>();
        final Map<Integer, List<Integer>> children = new ConcurrentHashMap<>();

        /** Forgets everything (the page was left). */
        void clear() {
            tags.clear();
            properties.clear();
            texts.clear();
            children.clear();
        }

        /** The last node of this tag, or -1. */
        int lastOf(String tag) {
            return tags.entrySet().stream()
                    .filter(e -> e.getValue().equals(tag))
                    .map(Map.Entry::getKey)
                    .max(Integer::compare)
                    .orElse(-1);
        }

        void read(JsonNode message) {
            JsonNode changes = message.get("changes");
            if (changes == null) {
                return;
            }
            for (JsonNode change : changes) {
                int node = change.path("node").asInt();
                String type = change.path("type").asString("");
                int feature = change.path("feat").asInt(-1);
                if (type.equals("put")) {
                    String key = change.path("key").asString("");
                    JsonNode value = change.get("value");
                    String text = value == null || value.isNull()
                            ? null
                            : value.isString() ? value.asString() : value.toString();
                    if (feature == 0 && key.equals("tag")) {
                        tags.put(node, text);
                    } else if (feature == 7 && key.equals("text")) {
                        texts.put(node, text == null ? "" : text);
                    } else if ((feature == 1 || feature == 3) && text != null) {
                        // properties (1) and attributes (3): label, id...
                        properties
                                .computeIfAbsent(node, n -> new ConcurrentHashMap<>())
                                .put(key, text);
                    }
                } else if (type.equals("splice") && feature == 2) {
                    List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
                    int index = change.path("index").asInt();
                    int remove = change.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.get("add");
                    if (added != null) {
                        int at = Math.min(index, list.size());
                        for (JsonNode child : added) {
                            list.add(at++, child.asInt());
                        }
                    }
                } else if (type.equals("clear") && feature == 2) {
                    children.remove(node);
                }
            }
        }

        /** The text inside a node (its text nodes, depth first). */
        String textOf(int node) {
            StringBuilder text = new StringBuilder(texts.getOrDefault(node, ""));
            for (int child : children.getOrDefault(node, List.of())) {
                text.append(textOf(child));
            }
            return text.toString();
        }

        /** The last node of this tag whose property has this value. */
        int withProperty(String tag, String property, String value) {
            return tags.entrySet().stream()
                    .filter(e -> e.getValue().equals(tag))
                    .map(Map.Entry::getKey)
                    .filter(n ->
                            value.equals(properties.getOrDefault(n, Map.of()).get(property)))
                    .max(Integer::compare)
                    .orElseThrow(() -> new IllegalStateException("No " + tag + " with " + property + "=" + value));
        }

        /** The last node of this tag whose text is this. */
        int withText(String tag, String text) {
            return tags.entrySet().stream()
                    .filter(e -> e.getValue().equals(tag))
                    .map(Map.Entry::getKey)
                    .filter(n -> textOf(n).strip().equals(text))
                    .max(Integer::compare)
                    .orElseThrow(() -> new IllegalStateException("No " + tag + " showing " + text));
        }

        int withId(String tag, String id) {
            return withProperty(tag, "id", id);
        }
    }
}
