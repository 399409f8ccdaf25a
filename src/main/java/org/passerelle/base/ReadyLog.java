package org.passerelle.base;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says when everything the start does is done. The login page answers earlier (README, "Start-up"): Spring's
 * "Started" line comes once the repositories are made, and the start-up jobs (the demo data on a first start,
 * resumed exports and mailings) run after it.
 */
@Component
public final class ReadyLog {

    /** The line's beginning, which the browser journeys wait for before they sign in. */
    public static final String READY = "Passerelle is ready";

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        log.info(
                "{}: the start-up jobs are done, {} ms after the JVM was launched",
                READY,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
