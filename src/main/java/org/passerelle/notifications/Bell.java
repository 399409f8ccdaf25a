package org.passerelle.notifications;

import org.passerelle.base.LiveRelay;
import org.passerelle.base.LiveRelays;
import org.springframework.stereotype.Component;

/**
 * The live channel of each person's bell: told (after the commit) when the person's notifications changed, so
 * every screen they have open re-reads its unread count.
 */
@Component
public class Bell {

    /** Something changed in a person's notifications. */
    public record Rang(long accountId) {}

    private final LiveRelay<Long, Rang> channel;

    Bell(LiveRelays relays) {
        this.channel = relays.channel("notification-bell");
    }

    public LiveRelay<Long, Rang> channel() {
        return channel;
    }

    void ring(long accountId) {
        channel.publish(accountId, new Rang(accountId));
    }
}
