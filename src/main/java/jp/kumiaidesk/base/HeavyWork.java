package jp.kumiaidesk.base;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Where parsing uploads and decoding images runs: at most {@code kd.heavy-work.total} (2) at a time in the whole
 * app and one at a time per user, so two users' imports cannot starve everyone else's page loads. Work that has to
 * wait says so ({@link Ticket#queued()}) so the screen can tell the user; more than {@value #MAX_WAITING} waiting
 * jobs, or a wait longer than {@value #MAX_WAIT_SECONDS} s, are refused with {@link Busy}. Nested calls on a thread
 * that already holds a slot run at once (an import's preview inside its own job).
 */
@Component
public class HeavyWork {

    static final int MAX_WAITING = 20;
    static final int MAX_WAIT_SECONDS = 120;

    private final Semaphore total;
    private final int slots;
    private final Map<String, Semaphore> perUser = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("heavy-work-", 0).factory());

    public HeavyWork(@Value("${kd.heavy-work.total:2}") int slots) {
        this.slots = slots;
        this.total = new Semaphore(slots, true);
    }

    /** The server is too busy for this now; the user should try again in a moment. */
    public static final class Busy extends RuntimeException {

        public Busy() {
            super("heavy work: too many waiting");
        }

        public String messageKey() {
            return "work.busy";
        }
    }

    /** A job handed to the background: its result, and whether it had to queue behind others. */
    public record Ticket<T>(CompletableFuture<T> result, boolean queued) {
    }

    /**
     * Runs {@code work} in the background as the signed-in user, within the limits; the ticket says whether it
     * queued.
     */
    public <T> Ticket<T> submit(Supplier<T> work) {
        String user = SystemAuthentication.currentActor();
        boolean queued = wouldWait(user);
        CompletableFuture<T> result = new CompletableFuture<>();
        threads.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                result.complete(call(work));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }));
        return new Ticket<>(result, queued);
    }

    /** Runs {@code work} on this thread once a slot is free (at once when this thread already holds one). */
    public <T> T call(Supplier<T> work) {
        if (holding.get()) {
            return work.get();
        }
        String user = SystemAuthentication.currentActor();
        Semaphore mine = perUser.computeIfAbsent(user, u -> new Semaphore(1, true));
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            throw new Busy();
        }
        boolean gotMine = false;
        boolean gotTotal = false;
        try {
            gotMine = mine.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            gotTotal = gotMine && total.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            waiting.decrementAndGet();
            if (!gotTotal) {
                throw new Busy();
            }
            holding.set(true);
            return work.get();
        } catch (InterruptedException e) {
            waiting.decrementAndGet();
            Thread.currentThread().interrupt();
            throw new Busy();
        } finally {
            holding.set(false);
            if (gotTotal) {
                total.release();
            }
            if (gotMine) {
                mine.release();
            }
        }
    }

    /** Whether work for {@code user} would have to wait now. */
    public boolean wouldWait(String user) {
        Semaphore mine = perUser.get(user);
        return total.availablePermits() == 0 || mine != null && mine.availablePermits() == 0;
    }

    /** How many jobs run at most at the same time. */
    public int slots() {
        return slots;
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
