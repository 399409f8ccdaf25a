package org.passerelle.discussions;

/** An event that changes what readers of a thread see; {@link ThreadUpdates} relays it to open threads. */
public interface ThreadEvent {

    long threadId();

    /** The message concerned, or {@code null} for the thread as a whole. */
    default Long messageId() {
        return null;
    }
}
