package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import jp.kumiaidesk.KaribuTest;

/** An open page's read of someone else's change: tried again while a database node goes away, not otherwise. */
class LiveRefreshTest extends KaribuTest {

    /** Runs the UI's queue until {@code attempts} reaches {@code n} or 10 s passed. */
    private static void runUntil(AtomicInteger attempts, int n) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (attempts.get() < n && System.nanoTime() < giveUp) {
            LockSupport.parkNanos(50_000_000);
            MockVaadin.runUIQueue();
        }
    }

    @Test
    void a_read_that_meets_a_lost_node_is_read_again_a_moment_later() {
        openAs("iinchou", "");
        AtomicInteger attempts = new AtomicInteger();
        LiveRefresh.run(UI.getCurrent(), "test", () -> {
            if (attempts.incrementAndGet() < LiveRefresh.ATTEMPTS) {
                throw LostNode.statementLost();
            }
        });
        assertThat(attempts).hasValue(1);
        runUntil(attempts, LiveRefresh.ATTEMPTS);
        assertThat(attempts).hasValue(LiveRefresh.ATTEMPTS);
    }

    @Test
    void any_other_error_goes_to_the_error_handling_at_once() {
        openAs("iinchou", "");
        IllegalStateException bug = new IllegalStateException("a bug, not the database");
        assertThatThrownBy(() -> LiveRefresh.run(UI.getCurrent(), "test", () -> {
            throw bug;
        })).isSameAs(bug);
    }

    @Test
    void a_node_still_lost_after_the_last_attempt_is_an_error_after_all() {
        openAs("iinchou", "");
        AtomicInteger attempts = new AtomicInteger();
        LiveRefresh.run(UI.getCurrent(), "test", () -> {
            attempts.incrementAndGet();
            throw LostNode.statementLost();
        });
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Throwable surfaced = null;
        while (surfaced == null && System.nanoTime() < giveUp) {
            LockSupport.parkNanos(50_000_000);
            try {
                MockVaadin.runUIQueue();
            } catch (Exception e) { // Karibu hands on what the access task threw, wrapped in an ExecutionException
                surfaced = e;
            }
        }
        assertThat(attempts).hasValue(LiveRefresh.ATTEMPTS);
        assertThat(surfaced).isNotNull();
        assertThat(TransactionRetry.connectionLost(surfaced)).isTrue();
    }
}
