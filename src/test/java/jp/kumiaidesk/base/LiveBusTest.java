package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Live updates between app nodes: an event published on node A reaches the open UIs of node B through Redis within
 * a second, and reaches A's own UIs exactly once. Needs a Redis at 127.0.0.1:6379 ({@code KD_TEST_REDIS_URL} to
 * point elsewhere), as on the CI machine.
 */
class LiveBusTest {

    record Changed(long id, String by, boolean contentChanged) {
    }

    @Test
    void theInJvmBusDeliversATypedEventToItsKeyOnly() {
        LiveChannel<Long, Changed> channel = new LiveChannel<>(new LocalLiveBus(), "test", Changed.class, Changed::id);
        List<Changed> seven = new CopyOnWriteArrayList<>();
        List<Changed> eight = new CopyOnWriteArrayList<>();
        channel.register(7L, seven::add);
        channel.register(8L, eight::add);

        channel.publish(new Changed(7, "書記長", true));

        assertThat(seven).containsExactly(new Changed(7, "書記長", true));
        assertThat(eight).isEmpty();
    }

    @Test
    void anEventOnNodeAReachesNodeBWithinASecondAndNodeAOnce() throws Exception {
        String url = System.getenv().getOrDefault("KD_TEST_REDIS_URL", "redis://127.0.0.1:6379");
        assumeTrue(redisAnswers(), "no Redis at 127.0.0.1:6379");
        try (RedisLiveBus a = LiveBusConfiguration.redisBus(url); RedisLiveBus b = LiveBusConfiguration.redisBus(url)) {
            String name = "test-" + System.nanoTime();
            LiveChannel<Long, Changed> onA = new LiveChannel<>(a, name, Changed.class, Changed::id);
            LiveChannel<Long, Changed> onB = new LiveChannel<>(b, name, Changed.class, Changed::id);
            BlockingQueue<Changed> seenOnA = new LinkedBlockingQueue<>();
            BlockingQueue<Changed> seenOnB = new LinkedBlockingQueue<>();
            onA.register(42L, seenOnA::add);
            onB.register(42L, seenOnB::add);
            awaitSubscribed(a, b, name);

            long sent = System.nanoTime();
            onA.publish(new Changed(42, "委員長", false));

            Changed arrived = seenOnB.poll(1, TimeUnit.SECONDS);
            assertThat(arrived).as("on node B within 1 s").isEqualTo(new Changed(42, "委員長", false));
            System.out.printf("live update A → B via Redis: %.1f ms%n", (System.nanoTime() - sent) / 1e6);
            assertThat(seenOnA.poll()).isEqualTo(new Changed(42, "委員長", false));
            // node A ignores its own message when Redis hands it back: a second publish from B proves the order
            onB.publish(new Changed(42, "marker", false));
            assertThat(seenOnA.poll(1, TimeUnit.SECONDS)).isEqualTo(new Changed(42, "marker", false));
            assertThat(seenOnA).isEmpty();
        }
    }

    /**
     * Redis goes away while the app runs (its host died, or the network to it): a save that publishes a live update
     * must not wait for it (Lettuce's default held each publish for its 60-s command timeout, in the request that
     * saved, with the user's session locked), this node's own pages still get the update, a page opened meanwhile
     * subscribes without an error, and once Redis is back the nodes hear each other again without a restart, on that
     * page's channel too.
     */
    @Test
    void aRedisThatGoesAwayHoldsNoPublishUpAndIsUsedAgainOnceItIsBack() throws Exception {
        assumeTrue(redisAnswers(), "no Redis at 127.0.0.1:6379");
        try (CuttableTcpProxy proxy = new CuttableTcpProxy(6379);
                RedisLiveBus a = LiveBusConfiguration.redisBus("redis://127.0.0.1:" + proxy.port());
                RedisLiveBus b = LiveBusConfiguration.redisBus("redis://127.0.0.1:6379")) {
            String name = "outage-" + System.nanoTime();
            BlockingQueue<String> onA = new LinkedBlockingQueue<>();
            BlockingQueue<String> onB = new LinkedBlockingQueue<>();
            a.subscribe(name, onA::add);
            b.subscribe(name, onB::add);
            awaitSubscribed(a, b, name);

            proxy.cut();
            long before = System.nanoTime();
            a.publish(name, "while-gone");
            long heldMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);

            assertThat(heldMs).as("the publish waited for the missing Redis").isLessThan(1_000);
            assertThat(onA.poll()).as("this node's own pages").isEqualTo("while-gone");
            // a page opened meanwhile subscribes to a channel this node had not heard yet: no error, no wait
            BlockingQueue<String> lateOnA = new LinkedBlockingQueue<>();
            before = System.nanoTime();
            a.subscribe(name + "-late", lateOnA::add);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).as("the subscription waited")
                    .isLessThan(1_000);

            proxy.restore();
            // Lettuce reconnects by itself (backing off while it is refused); pub/sub keeps nothing, so a node
            // publishes until the other hears one
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            assertThat(publishUntilHeard(a, name, "back-", onB, until))
                    .as("node B hears node A again after Redis came back").isTrue();
            // and node A's pages hear the others again: its subscription, cut too, is renewed
            assertThat(publishUntilHeard(b, name, "from-b-", onA, until))
                    .as("node A hears node B again after Redis came back").isTrue();
            // and on the channel it first subscribed to while Redis was gone, once its subscription is made again
            assertThat(publishUntilHeard(b, name + "-late", "late-", lateOnA, until))
                    .as("node A hears node B on the channel it subscribed to while Redis was gone").isTrue();
        }
    }

    /** Publishes numbered messages from one node until the other's queue gets one of them, or until the deadline. */
    private static boolean publishUntilHeard(RedisLiveBus from, String channel, String prefix,
            BlockingQueue<String> heardOn, long until) throws InterruptedException {
        for (int i = 0; System.nanoTime() < until; i++) {
            from.publish(channel, prefix + i);
            String message = heardOn.poll(250, TimeUnit.MILLISECONDS);
            if (message != null && message.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Subscriptions start asynchronously, in the order they were made: once each node hears a ping on a channel
     * subscribed after the test's, the test's own subscriptions are live.
     */
    private static void awaitSubscribed(RedisLiveBus a, RedisLiveBus b, String name) throws InterruptedException {
        BlockingQueue<String> heardOnA = new LinkedBlockingQueue<>();
        BlockingQueue<String> heardOnB = new LinkedBlockingQueue<>();
        a.subscribe(name + "-ready", heardOnA::add);
        b.subscribe(name + "-ready", heardOnB::add);
        boolean aHears = false;
        boolean bHears = false;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(aHears && bHears) && System.nanoTime() < until) {
            heardOnA.clear();
            heardOnB.clear();
            a.publish(name + "-ready", "from-a");
            b.publish(name + "-ready", "from-b");
            aHears = aHears || pollFor(heardOnA, "from-b");
            bHears = bHears || pollFor(heardOnB, "from-a");
        }
        if (!(aHears && bHears)) {
            throw new AssertionError("Redis subscriptions did not start within 10 s");
        }
    }

    private static boolean pollFor(BlockingQueue<String> queue, String expected) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        String message;
        while ((message = queue.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
            if (message.equals(expected)) {
                return true;
            }
        }
        return false;
    }

    private static boolean redisAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
