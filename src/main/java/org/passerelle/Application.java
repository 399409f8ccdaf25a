package org.passerelle;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.passerelle.base.DeferredRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * Passerelle: the collaboration workspace of a Diaspora Advisory Board. Each direct sub-package is one
 * capability (a Spring Modulith module).
 *
 * <p>Vaadin looks for routes, error views and the app shell ({@code base.ui.AppShell}) in the modules' {@code ui}
 * packages only (README, "Start-up"): once the context is prepared at build time, nothing else reads the
 * application's classes at start, and Vaadin would read all of them. {@code ArchitectureTest} keeps every such
 * class there.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableVaadin(Application.VIEW_PACKAGES)
public class Application {

    /** Where Vaadin looks at start-up: each module's {@code ui} package (a Spring resource pattern). */
    public static final String VIEW_PACKAGES = "org.passerelle.*.ui";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        // the repositories made after the web server starts, also with Spring AOT (README, "Start-up")
        application.addInitializers(new DeferredRepositories());
        // Start-up profile (README, "Benchmarks"): each step of the context's start (bean by bean) becomes a JDK
        // Flight Recorder event when the JVM records, e.g. -XX:StartFlightRecording -Dpasserelle.startup-steps=true.
        if (Boolean.getBoolean("passerelle.startup-steps")) {
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
