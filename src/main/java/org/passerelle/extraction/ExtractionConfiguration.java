package org.passerelle.extraction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The module's beans: one detection, one pool of extraction workers (stopped with the application). */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean(destroyMethod = "close")
    TikaWorkerPool textExtraction(ExtractionProperties properties, TikaTypeDetection detection) {
        return new TikaWorkerPool(properties, detection);
    }

    @Bean
    TikaTypeDetection typeDetection(ObjectProvider<TikaWorkerPool> pool) {
        return new TikaTypeDetection(() -> pool.ifAvailable(TikaWorkerPool::warmUp));
    }

    @EventListener(ApplicationReadyEvent.class)
    void prestart(ApplicationReadyEvent event) {
        // off the start's critical path: the login page answers before Tika's detectors are loaded
        TikaTypeDetection detection = event.getApplicationContext().getBean(TikaTypeDetection.class);
        Thread.ofPlatform().daemon().name("tika-detection-warm-up").start(detection::prepare);
        ExtractionProperties properties = event.getApplicationContext().getBean(ExtractionProperties.class);
        if (properties.prestart()) {
            event.getApplicationContext().getBean(TikaWorkerPool.class).warmUp();
        }
    }
}
