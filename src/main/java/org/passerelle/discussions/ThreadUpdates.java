package org.passerelle.discussions;

import java.util.function.Consumer;
import org.passerelle.base.LiveRelay;
import org.passerelle.base.LiveRelays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Thread events for everyone who has a thread open, through the one live relay ({@link LiveRelays}). Events
 * are relayed once their transaction has committed (never a message that was rolled back), on the relay's
 * threads so that the person posting does not wait for hundreds of screens; each subscriber (a thread panel)
 * then asks its UI to update itself. Across several nodes, the same events would travel through the database (DESIGN.md
 * section 4: PostgreSQL LISTEN/NOTIFY) into this relay.
 */
@Component
public class ThreadUpdates {

    /** Stops a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final LiveRelay<Long, ThreadEvent> channel;

    ThreadUpdates(LiveRelays relays) {
        this.channel = relays.channel("thread-updates");
    }

    /** Calls the listener for each change of the thread until the subscription is cancelled. */
    public Subscription subscribe(long threadId, Consumer<ThreadEvent> listener) {
        LiveRelay.Subscription subscription = channel.subscribe(threadId, listener);
        return subscription::cancel;
    }

    public int subscriberCount(long threadId) {
        return channel.subscriberCount(threadId);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relay(ThreadEvent event) {
        channel.publish(event.threadId(), event);
    }
}
