package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar holds the application context Spring prepared at build time (Spring AOT, used by the
 * production start through {@code config/jvm.options}), made so that one jar serves every configuration: the
 * conditions were fixed at build time, so the SMTP mail sender must be among its beans although the build had no
 * mail server (with none configured at run time, mails still go to files), and the repositories are Spring Data's
 * usual run-time ones, the ones the tests exercise (no generated query code).
 */
class ProductionBuildIT {

    private static final String CLASSES = "BOOT-INF/classes/";

    @Test
    void theBuildTimeContextServesEveryConfiguration() throws IOException {
        Path jar = Path.of(System.getProperty("passerelle.jar"));
        try (JarFile file = new JarFile(jar.toFile())) {
            String registrations = constants(file, "org/passerelle/Application__BeanFactoryRegistrations.class");
            assertThat(registrations)
                    .as("the generated registrations of the application's beans")
                    .contains("mailSender", "passwordSignInProvider");
            assertThat(file.stream().map(java.util.zip.ZipEntry::getName))
                    .as("no query code generated for the repositories")
                    .noneMatch(name -> name.endsWith("__AotRepository.class"))
                    .anyMatch(name -> name.endsWith("__BeanDefinitions.class"));
        }
    }

    @Test
    void theJourneysRunTheProductionStart() throws Exception {
        assertThat(PackagedApp.get().logText()).contains("Starting AOT-processed Application");
    }

    private static String constants(JarFile file, String path) throws IOException {
        var entry = file.getEntry(CLASSES + path);
        assertThat(entry).as(path + " in the jar").isNotNull();
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
