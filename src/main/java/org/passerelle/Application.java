package org.passerelle;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.passerelle.base.DeferredRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * Passerelle: the collaboration workspace of a Diaspora Advisory Board. Each direct sub-package is one
 * capability (a Spring Modulith module).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/passerelle.css")
public class Application implements AppShellConfigurator {

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

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "images/passerelle.svg", "any");
    }
}
