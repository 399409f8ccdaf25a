package org.passerelle.extraction;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.extraction.worker.ExtractionWorker;
import org.passerelle.extraction.worker.WorkerLimits;

/**
 * The command line of a worker JVM: the same Java and the same classes as the application, its own heap, and
 * nothing else of the application (no Spring). From an executable Spring Boot jar, whose libraries are nested, the
 * worker starts through Spring Boot's {@code PropertiesLauncher} with {@code loader.main}; otherwise (IDE, Maven,
 * tests, extracted jar) with the application's class path.
 */
final class WorkerCommand {

    static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private WorkerCommand() {}

    static List<String> of(ExtractionProperties properties) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + properties.workerHeap().toMegabytes() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dlogback.configurationFile=org/passerelle/extraction/worker/worker-logback.xml");
        command.addAll(List.of(new WorkerLimits(
                        properties.maxCharacters(), properties.maxEmbeddedDepth(), properties.maxEmbeddedCount())
                .asSystemProperties()));
        command.addAll(properties.workerJvmOptions());
        String classPath = System.getProperty("java.class.path");
        command.add("-cp");
        command.add(classPath);
        if (runsFromNestedJar()) {
            command.add("-Dloader.main=" + ExtractionWorker.class.getName());
            command.add(PROPERTIES_LAUNCHER);
        } else {
            command.add(ExtractionWorker.class.getName());
        }
        return command;
    }

    private static boolean runsFromNestedJar() {
        URL location =
                ExtractionWorker.class.getProtectionDomain().getCodeSource().getLocation();
        return location != null && location.toString().contains("nested:");
    }
}
