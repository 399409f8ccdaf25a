package org.passerelle.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.dashboard.HomeTopic;
import org.passerelle.discussions.DiscussionEvents.MemberSuspended;
import org.passerelle.discussions.DiscussionEvents.MessagePosted;
import org.passerelle.notifications.Bell;
import org.passerelle.sessions.SessionEvents.SessionLiveChanged;

/**
 * What travels between nodes comes back as it left, whatever the channel's key and event; a payload that names a
 * type of its own choosing (not one of this application's records or enums) or that this node sent is left alone.
 * No database: the encoding only (the PostgreSQL delivery is {@link LiveBridgePostgresTest}).
 */
class LiveBridgeTest {

    private record Arrival(String channel, Object key, Object event) {}

    private final LiveBridge sending = new LiveBridge(null);
    private final LiveBridge receiving = new LiveBridge(null);
    private final List<Arrival> arrived = new ArrayList<>();

    LiveBridgeTest() {
        receiving.receiveWith((channel, key, event) -> arrived.add(new Arrival(channel, key, event)));
    }

    private Arrival roundTrip(String channel, Object key, Object event) {
        arrived.clear();
        receiving.decode(sending.encode(channel, key, event));
        assertThat(arrived).hasSize(1);
        return arrived.getFirst();
    }

    @Test
    void everyKindOfKeyAndEventOfTheRelayComesBackEqual() {
        MessagePosted posted = new MessagePosted(7, 70L, 3, 2);
        assertThat(roundTrip("thread-updates", 7L, posted)).isEqualTo(new Arrival("thread-updates", 7L, posted));
        MemberSuspended suspended =
                new MemberSuspended(1L, 2L, 3, Instant.parse("2026-12-03T10:15:30.123Z"), "Spam « répété »");
        assertThat(roundTrip("thread-updates", 7L, suspended).event()).isEqualTo(suspended);
        assertThat(roundTrip("notification-bell", 5L, new Bell.Rang(5)).event()).isEqualTo(new Bell.Rang(5));
        SessionLiveChanged live = new SessionLiveChanged(9, 2, Instant.parse("2026-12-03T10:00:00Z"), false);
        assertThat(roundTrip("session-push", 9L, live).event()).isEqualTo(live);
        assertThat(roundTrip("session-push", 9L, SessionLiveChanged.reread(9)).event())
                .isEqualTo(SessionLiveChanged.reread(9));
        assertThat(roundTrip("home", HomeTopic.BALLOTS, HomeTopic.BALLOTS))
                .isEqualTo(new Arrival("home", HomeTopic.BALLOTS, HomeTopic.BALLOTS));
        SubjectRef owner = SubjectRef.progressReport(12);
        assertThat(roundTrip("document-changes", owner, owner).key()).isEqualTo(owner);
    }

    @Test
    void aPayloadNamingAnotherTypeOrSentByThisNodeIsLeftAlone() {
        String posted = sending.encode("thread-updates", 7L, new MessagePosted(7, 70L, 3, 2));
        arrived.clear();
        sending.decode(posted); // its own: already delivered on this node when published
        receiving.decode(posted.replace("org.passerelle.discussions.DiscussionEvents$MessagePosted", "java.io.File"));
        receiving.decode(posted.replace(
                "org.passerelle.discussions.DiscussionEvents$MessagePosted", "org.passerelle.base.LiveBridge"));
        receiving.decode(posted.replace("java.lang.Long", "java.lang.ProcessBuilder"));
        receiving.decode("not json at all {");
        receiving.decode("{}");
        assertThat(arrived).isEmpty();
        receiving.decode(posted);
        assertThat(arrived).hasSize(1);
    }
}
