package org.passerelle.sessions.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;
import org.passerelle.sessions.SessionEvents.SessionLiveChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open session pages of this JVM that a session changed (the facilitator moved the agenda on,
 * started the timer, edited or cancelled it), once the change is committed. Pages subscribe on attach,
 * refresh through {@code UI.access} and unsubscribe on detach.
 */
@Component
class SessionBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(SessionBroadcaster.class);
    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();

    Registration subscribe(long sessionId, LongConsumer listener) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    int subscribers(long sessionId) {
        Set<LongConsumer> set = listeners.get(sessionId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(SessionLiveChanged event) {
        for (LongConsumer listener : listeners.getOrDefault(event.sessionId(), Set.of())) {
            try {
                listener.accept(event.sessionId());
            } catch (RuntimeException e) {
                log.debug("A session page could not be told of a change", e);
            }
        }
    }
}
