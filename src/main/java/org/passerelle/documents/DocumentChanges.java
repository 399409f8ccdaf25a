package org.passerelle.documents;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.DocumentEvents.DocumentChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open views that the documents of an owner changed (uploaded, deleted, extraction moved on), once the
 * change is committed. Views register while attached and must call the returned handle when detached.
 */
@Component
public class DocumentChanges {

    private final Map<SubjectRef, Set<Consumer<DocumentChange>>> listeners = new ConcurrentHashMap<>();

    /** Registers a listener; run the returned handle to unregister it. Listeners run on the publishing thread. */
    public Runnable register(SubjectRef owner, Consumer<DocumentChange> listener) {
        listeners.computeIfAbsent(owner, o -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(owner, (o, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many views listen to this owner now (for tests and diagnostics). */
    public int listenerCount(SubjectRef owner) {
        return listeners.getOrDefault(owner, Set.of()).size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(DocumentChange change) {
        for (Consumer<DocumentChange> listener : listeners.getOrDefault(change.owner(), Set.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DocumentChanges.class).warn("A document listener failed", e);
            }
        }
    }
}
