package org.passerelle.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;

/**
 * Stand-in until the extraction module lands: Tika's default detector over a {@link TikaInputStream} (which
 * looks inside zip containers), in-process. Detection reads the first bytes or a container's directory only.
 */
@Component
class InProcessTypeDetection implements TypeDetection {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    @Override
    public String detect(Path file, String declaredFileName) {
        Metadata metadata = new Metadata();
        if (declaredFileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, declaredFileName);
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
