package org.passerelle.documents;

import java.util.function.Consumer;
import org.passerelle.base.LiveRelay;
import org.passerelle.base.LiveRelays;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.DocumentEvents.DocumentChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open views that the documents of an owner changed (uploaded, deleted, extraction moved on), once the
 * change is committed, through the one live relay ({@link LiveRelays}). Views register while attached and must call the returned handle when detached.
 */
@Component
public class DocumentChanges {

    private final LiveRelay<SubjectRef, DocumentChange> channel;

    DocumentChanges(LiveRelays relays) {
        this.channel = relays.channel("document-changes");
    }

    /** The channel itself, for views that bind to it while attached ({@code base.ui.LiveUpdates}). */
    public LiveRelay<SubjectRef, DocumentChange> channel() {
        return channel;
    }

    /** Registers a listener; run the returned handle to unregister it. Listeners run on the relay's threads. */
    public Runnable register(SubjectRef owner, Consumer<DocumentChange> listener) {
        LiveRelay.Subscription subscription = channel.subscribe(owner, listener);
        return subscription::cancel;
    }

    /** How many views listen to this owner now (for tests and diagnostics). */
    public int listenerCount(SubjectRef owner) {
        return channel.subscriberCount(owner);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(DocumentChange change) {
        channel.publish(change.owner(), change);
    }
}
