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
        // the JVM's own messages go to standard error: standard output carries the replies
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        // class data sharing: the JDK writes the worker's loaded classes to an archive when a worker exits normally
        // (recycled or stopped) and maps it at the next start, which then loads its parsers faster. Only works
        // when the class path is made of jar files (the extracted jar); elsewhere the JDK skips it.
        command.add("-XX:+AutoCreateSharedArchive");
        command.add("-XX:SharedArchiveFile=" + sharedArchive());
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dlogback.configurationFile=org/passerelle/extraction/worker/worker-logback.xml");
        command.addAll(List.of(new WorkerLimits(
                        properties.maxCharacters(), properties.maxEmbeddedDepth(), properties.maxEmbeddedCount())
                .asSystemProperties()));
        command.addAll(List.of(properties.ocr().asSystemProperties()));
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

    /** One archive per class path (tests and the application differ), in the temporary folder. */
    private static Path sharedArchive() {
        String key = Integer.toHexString((System.getProperty("java.class.path") + Runtime.version()).hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "passerelle-extraction-worker-" + key + ".jsa");
    }

    private static boolean runsFromNestedJar() {
        URL location =
                ExtractionWorker.class.getProtectionDomain().getCodeSource().getLocation();
        return location != null && location.toString().contains("nested:");
    }
}
