package jp.kumiaidesk.base;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in its own transaction and runs the whole transaction again, from the start, when the database
 * gave it up as a deadlock victim or (Galera) because it lost certification against a transaction committed on
 * another node: both are SQLState 40001 / MariaDB error 1213. Also when the database node died under it before the
 * commit: the driver moved to another node and reports the open transaction lost (SQLState 25S03), so nothing of it
 * was written. For that the work's statements are all sent inside it (the persistence context is flushed before the
 * commit is asked for); a node lost during the COMMIT itself is not re-run, since that commit may have been applied.
 * Nor is a COMMIT that a Galera node cut off from the others (a partition) answers with error 1180 ("Not connected to
 * Primary Component"): its write-set may already have reached the other nodes, which then applied it (the chaos run
 * met such a save as a conflict with itself when it was re-run). Like a lost COMMIT it is reported as a lost
 * connection ({@link #connectionLost}), and the forms look at what was stored before they save again.
 * At most {@value #MAX_RETRIES} more times, after a few milliseconds of jittered back-off. Any other error passes
 * straight through, at once.
 * <p>
 * The retry must wrap the transaction, never run inside it: a deadlock or a certification failure has already rolled
 * the transaction back. So a service method that needs it is not {@code @Transactional} itself but calls
 * {@link #inTransaction}; when it is called inside a caller's transaction anyway (a test, another service), the work
 * simply joins that transaction and the outermost {@code inTransaction} is the one that retries.
 * <p>
 * When every attempt lost, the user gets the app's usual conflict answer ({@link ConcurrentEditException}: the
 * conflict dialog or the translated error with an incident number), never Vaadin's "Internal error".
 */
@Component
public class TransactionRetry {

    private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);

    /** Runs after the first attempt, so a unit of work runs at most four times. */
    public static final int MAX_RETRIES = 3;

    private final TransactionTemplate transaction;
    private final RetryTemplate retry;

    @Autowired
    public TransactionRetry(PlatformTransactionManager transactions) {
        this(transactions, Duration.ofMillis(20), Duration.ofMillis(20));
    }

    /** With other back-off delays (tests). */
    public TransactionRetry(PlatformTransactionManager transactions, Duration delay, Duration jitter) {
        this.transaction = new TransactionTemplate(transactions);
        this.retry = new RetryTemplate(RetryPolicy.builder().maxRetries(MAX_RETRIES).delay(delay).jitter(jitter)
                .multiplier(2).maxDelay(delay.multipliedBy(10))
                .predicate(e -> e instanceof LostBeforeCommit || retryable(e)).build());
    }

    /**
     * {@code work} in a transaction, re-run from the start when it loses a deadlock or Galera's certification.
     *
     * @param what names the operation in the log and in the exhausted-retries conflict ("newsletter 12 publish")
     */
    public <T> T inTransaction(String what, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        int[] attempt = {0};
        try {
            return retry.execute(() -> {
                if (attempt[0]++ > 0) {
                    log.debug("Re-running {} (attempt {}) after a deadlock, a lost certification or a lost node", what,
                            attempt[0]);
                }
                return transaction.execute(status -> {
                    try {
                        T result = work.get();
                        status.flush(); // every statement before the commit: a lost node after here is not retried
                        return result;
                    } catch (RuntimeException e) {
                        if (causedBy(e, TransactionRetry::lostTransaction)) {
                            throw new LostBeforeCommit(e);
                        }
                        throw e;
                    }
                });
            });
        } catch (RetryException e) {
            Throwable last = e.getCause();
            if (last instanceof LostBeforeCommit lost) {
                log.warn("{}: the database node was lost {} times in a row", what, attempt[0]);
                throw lost.getCause();
            }
            if (retryable(last)) {
                log.warn("{} lost {} times in a row to other transactions; the user is told to try again", what,
                        attempt[0]);
                ConcurrentEditException conflict = new ConcurrentEditException(what, "(deadlock or certification)");
                conflict.initCause(last);
                throw conflict;
            }
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(last);
        }
    }

    public void inTransaction(String what, Runnable work) {
        inTransaction(what, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Work whose second run leaves what the first left (it sets values and does not add to them, like the sign-in's
     * bookkeeping): run as {@link #inTransaction}, and also again when the connection was lost, even at the COMMIT,
     * which may or may not have been applied (a Galera node cut off from the others answers it with error 1180). At
     * worst the work is done twice, which for such work is the same as once.
     */
    public void idempotent(String what, Runnable work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run(); // the caller's transaction decides
            return;
        }
        read(() -> inTransaction(what, () -> {
            work.run();
            return null;
        }));
    }

    /**
     * A read with nothing to undo, run again at once (at most {@value #MAX_RETRIES} more times) while it meets a
     * database node going away: after the first failure the driver has moved to the next node. For the forms' look at
     * what a save that lost its answer left stored.
     */
    public static <T> T read(Supplier<T> read) {
        for (int attempt = 0;; attempt++) {
            try {
                return read.get();
            } catch (RuntimeException e) {
                if (attempt >= MAX_RETRIES || !connectionLost(e)) {
                    throw e;
                }
            }
        }
    }

    /** A deadlock victim or a Galera certification failure, wherever it sits in the cause chain. */
    public static boolean retryable(Throwable error) {
        return causedBy(error, sql -> "40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213);
    }

    /**
     * The connection to the database broke under the work (a node died; the driver may have moved on to another one):
     * worth trying again a moment later, unlike a rejected value or a broken constraint.
     */
    public static boolean connectionLost(Throwable error) {
        return causedBy(error, sql -> sql instanceof java.sql.SQLTransientConnectionException
                || sql instanceof java.sql.SQLRecoverableException
                || sql instanceof java.sql.SQLNonTransientConnectionException
                || sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || lostTransaction(sql))
                || refused(sql));
    }

    /**
     * A Galera node cut off from the others: it refuses statements (error 1047, "WSREP has not yet prepared node for
     * application use") and answers a COMMIT with error 1180 ("Not connected to Primary Component"), whose write-set
     * may or may not have reached the other nodes.
     */
    private static boolean refused(SQLException sql) {
        return sql.getErrorCode() == 1047 || sql.getErrorCode() == 1180;
    }

    /** The driver reconnected to another node and the open transaction is gone (SQLState 25S03). */
    private static boolean lostTransaction(SQLException sql) {
        return "25S03".equals(sql.getSQLState());
    }

    /** Whether an {@link SQLException} anywhere in the cause chain of {@code error} is {@code what}. */
    private static boolean causedBy(Throwable error, java.util.function.Predicate<SQLException> what) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && what.test(sql)) {
                return true;
            }
        }
        return false;
    }

    /** A lost transaction whose statements all failed before the commit was asked for: safe to run again. */
    private static final class LostBeforeCommit extends RuntimeException {

        LostBeforeCommit(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
