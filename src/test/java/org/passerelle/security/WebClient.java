package org.passerelle.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser as far as HTTP goes: its own cookies (so its own session), no redirect followed, and any header
 * a browser would send (Origin, Sec-Fetch-Site, or a proxy's X-Forwarded-Proto) given per request.
 */
final class WebClient {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** What a page of this application sends as its origin. */
    String ownOrigin() {
        return base;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    /** Posts the login form, as its page would, with these extra headers (name, value, name, value…). */
    HttpResponse<String> signIn(String email, String password, String... headers)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/login", headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> post(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Whether this client's session is signed in: the home page answers instead of sending to the login. */
    boolean signedIn() throws IOException, InterruptedException {
        HttpResponse<String> home = get("/");
        if (home.statusCode() == 200) {
            return true;
        }
        if (home.statusCode() == 302
                && home.headers().firstValue("Location").orElse("").endsWith("/login")) {
            return false;
        }
        throw new AssertionError("Unexpected answer of the home page: " + home.statusCode() + " " + home.headers());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
