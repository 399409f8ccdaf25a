package org.passerelle.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PostgresTest;
import org.passerelle.discussions.DiscussionEvents.MessagePosted;
import org.passerelle.discussions.ThreadEvent;
import org.passerelle.discussions.ThreadUpdates;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes on one PostgreSQL database: the application context is one node, a second bridge with its own relay
 * (as a second application would have) is the other. A post published on either reaches the other's subscribers
 * of the same thread through a real notification, and only them.
 */
@PostgresTest
class LiveBridgePostgresTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    LiveBridge contextBridge;

    @Autowired
    ThreadUpdates threadUpdates;

    @Autowired
    LiveRelays contextRelays;

    private final List<LiveBridge> started = new java.util.ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(LiveBridge::stop);
    }

    private LiveRelay<Long, ThreadEvent> otherNode() throws InterruptedException {
        return otherNode("thread-updates");
    }

    private <K, E> LiveRelay<K, E> otherNode(String name) throws InterruptedException {
        LiveBridge bridge = new LiveBridge(dataSource);
        LiveRelays relays = new LiveRelays(bridge);
        LiveRelay<K, E> channel = relays.channel(name);
        bridge.start();
        started.add(bridge);
        awaitListening(bridge);
        return channel;
    }

    private static void awaitListening(LiveBridge bridge) throws InterruptedException {
        for (int i = 0; i < 200 && !bridge.listening(); i++) {
            Thread.sleep(50);
        }
        assertThat(bridge.listening()).as("listening on PostgreSQL").isTrue();
    }

    @Test
    void aPostOnOneNodeReachesTheSubscribersOfTheSameThreadOnTheOther() throws Exception {
        assertThat(contextBridge.bridging())
                .as("the application on PostgreSQL bridges its relay")
                .isTrue();
        awaitListening(contextBridge);
        LiveRelay<Long, ThreadEvent> nodeB = otherNode();

        BlockingQueue<ThreadEvent> onA = new LinkedBlockingQueue<>();
        BlockingQueue<ThreadEvent> onAOtherThread = new LinkedBlockingQueue<>();
        ThreadUpdates.Subscription a = threadUpdates.subscribe(4_001, onA::add);
        ThreadUpdates.Subscription other = threadUpdates.subscribe(4_002, onAOtherThread::add);
        try {
            MessagePosted posted = new MessagePosted(4_001, 77L, 3, 2);
            nodeB.publish(4_001L, posted); // posted on node B
            assertThat(onA.poll(10, TimeUnit.SECONDS)).as("reaches node A").isEqualTo(posted);

            BlockingQueue<ThreadEvent> onB = new LinkedBlockingQueue<>();
            nodeB.subscribe(4_001L, onB::add);
            assertThat(onB.poll(200, TimeUnit.MILLISECONDS))
                    .as("node B's own event is not delivered twice on B")
                    .isNull();
            MessagePosted reply = new MessagePosted(4_001, 78L, 4, 2);
            nodeB.publish(4_001L, reply);
            assertThat(onB.poll(10, TimeUnit.SECONDS)).as("on B, at once").isEqualTo(reply);
            assertThat(onA.poll(10, TimeUnit.SECONDS)).as("and on A").isEqualTo(reply);
            assertThat(onB.poll(500, TimeUnit.MILLISECONDS)).as("once on B").isNull();
            assertThat(onAOtherThread)
                    .as("another thread's subscribers hear nothing")
                    .isEmpty();
        } finally {
            a.cancel();
            other.cancel();
        }
    }

    @Test
    void anEventPublishedByTheApplicationReachesTheOtherNode() throws Exception {
        awaitListening(contextBridge);
        LiveRelay<SubjectRef, SubjectRef> nodeB = otherNode("bridge-test");
        LiveRelay<SubjectRef, SubjectRef> nodeA = contextRelays.channel("bridge-test");
        BlockingQueue<SubjectRef> onB = new LinkedBlockingQueue<>();
        nodeB.subscribe(SubjectRef.session(5), onB::add);
        nodeA.publish(SubjectRef.session(5), SubjectRef.session(5));
        assertThat(onB.poll(10, TimeUnit.SECONDS)).isEqualTo(SubjectRef.session(5));
    }
}
