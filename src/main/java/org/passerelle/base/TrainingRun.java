package org.passerelle.base;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The build's JDK AOT training run (pom.xml, README "Production start"): with
 * {@code passerelle.training-run=true} the application starts as it always does (migrations, demo data, the web
 * server, the Spring Data repositories made after it), asks its own login page once, and exits, so that the JVM
 * writes a cache of every class and method profile the start and a first page use. Never set in production.
 */
@Component
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    private final boolean enabled;

    // a property read at run time, not a condition: Spring's build-time AOT processing fixes conditions
    TrainingRun(@Value("${passerelle.training-run:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onReady(ApplicationReadyEvent ready) throws InterruptedException {
        if (!enabled) {
            return;
        }
        if (ready.getApplicationContext() instanceof WebServerApplicationContext web) {
            URI login = URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + "/login");
            try (HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()) {
                for (int i = 0; i < 3; i++) {
                    HttpResponse<Void> page = http.send(
                            HttpRequest.newBuilder(login)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    log.info("Training run: {} answered {}", login, page.statusCode());
                }
            } catch (java.io.IOException failure) {
                log.warn("Training run: {} could not be read ({}); the cache is made all the same", login, failure);
            }
        }
        log.info("Training run: the application started; exiting so that the JVM writes its AOT cache");
        int status = SpringApplication.exit(ready.getApplicationContext());
        System.exit(status);
    }
}
