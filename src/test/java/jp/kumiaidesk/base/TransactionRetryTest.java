package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransactionRollbackException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.ServiceTest;

/**
 * The retry of transactions that lose a deadlock or Galera's certification (SQLState 40001 / error 1213): the whole
 * transaction runs again, other errors pass through at once.
 */
class TransactionRetryTest extends ServiceTest {

    @Autowired
    TransactionRetry retry;

    @Autowired
    PlatformTransactionManager transactions;

    /** What MariaDB Connector/J throws for a deadlock victim, and Galera for a lost certification. */
    private static RuntimeException deadlock() {
        return new CannotAcquireLockException("simulated", new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    private int rows(String recipient) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ?", Integer.class,
                recipient);
    }

    private void insert(String recipient) {
        jdbc.update("insert into notification (recipient, message_key, created_at) values (?, 'test.retry', ?)",
                recipient, Timestamp.from(Instant.now()));
    }

    @Test
    void a_transaction_that_lost_a_deadlock_once_is_run_again_from_the_start_and_succeeds() {
        String who = unique("retry-");
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.inTransaction("test", () -> {
            insert(who);
            if (attempts.incrementAndGet() == 1) {
                throw deadlock();
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
        // the first attempt's insert was rolled back with it
        assertThat(rows(who)).isEqualTo(1);
    }

    @Test
    void any_other_error_passes_through_at_once_and_rolls_back() {
        String who = unique("retry-");
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException duplicate = new DuplicateKeyException("not a deadlock");
        assertThatThrownBy(() -> retry.inTransaction("test", () -> {
            insert(who);
            attempts.incrementAndGet();
            throw duplicate;
        })).isSameAs(duplicate);
        assertThat(attempts).hasValue(1);
        assertThat(rows(who)).isZero();
        FieldRejectedException rejected = new FieldRejectedException("f", "validation.required");
        assertThatThrownBy(() -> retry.inTransaction("test", () -> {
            attempts.incrementAndGet();
            throw rejected;
        })).isSameAs(rejected);
        assertThat(attempts).hasValue(2);
    }

    /** What MariaDB Connector/J throws when it failed over to another node in the middle of a transaction. */
    private static RuntimeException nodeLost() {
        return LostNode.statementLost();
    }

    @Test
    void a_transaction_lost_with_its_database_node_before_the_commit_is_run_again_on_the_next_node() {
        String who = unique("retry-");
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.inTransaction("test", () -> {
            insert(who);
            if (attempts.incrementAndGet() == 1) {
                throw nodeLost();
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
        assertThat(rows(who)).isEqualTo(1);
    }

    /** The current transaction's COMMIT fails with {@code error} (after the work's statements ran). */
    private static void failAtCommit(RuntimeException error) {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        throw error;
                    }
                });
    }

    @Test
    void a_node_lost_at_the_commit_is_not_run_again_since_that_commit_may_have_been_applied() {
        String who = unique("retry-");
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException atCommit = nodeLost();
        assertThatThrownBy(() -> retry.inTransaction("test", () -> {
            attempts.incrementAndGet();
            insert(who);
            failAtCommit(atCommit);
            return null;
        })).isSameAs(atCommit);
        assertThat(attempts).hasValue(1);
        // and when the node stays lost, the caller gets the driver's error (the incident), not a conflict
        AtomicInteger again = new AtomicInteger();
        assertThatThrownBy(() -> retry.inTransaction("test", () -> {
            again.incrementAndGet();
            throw nodeLost();
        })).isInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class);
        assertThat(again).hasValue(1 + TransactionRetry.MAX_RETRIES);
    }

    @Test
    void a_commit_refused_by_a_node_cut_off_from_the_cluster_is_not_run_again_but_counts_as_a_lost_connection() {
        // the chaos run's partition: the cut-off node answered COMMIT with 1180, yet its write-set had reached the
        // other nodes; run again, the save met its own first attempt as a conflict
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException refused = LostNode.commitRefused();
        assertThatThrownBy(() -> retry.inTransaction("test", () -> {
            attempts.incrementAndGet();
            failAtCommit(refused);
            return null;
        })).isSameAs(refused);
        assertThat(attempts).hasValue(1);
        // the forms then look at what was stored and save again a moment later (as for a lost COMMIT)
        assertThat(TransactionRetry.connectionLost(refused)).isTrue();
    }

    @Test
    void work_that_may_run_twice_is_run_again_even_after_a_refused_commit_and_other_errors_pass_at_once() {
        String who = unique("retry-");
        AtomicInteger attempts = new AtomicInteger();
        retry.idempotent("test", () -> {
            jdbc.update("delete from notification where recipient = ?", who);
            insert(who);
            if (attempts.incrementAndGet() == 1) {
                failAtCommit(LostNode.commitRefused());
            }
        });
        assertThat(attempts).hasValue(2);
        assertThat(rows(who)).isEqualTo(1);
        AtomicInteger lost = new AtomicInteger();
        assertThatThrownBy(() -> retry.idempotent("test", () -> {
            lost.incrementAndGet();
            failAtCommit(LostNode.commitRefused());
        })).isInstanceOf(org.springframework.orm.jpa.JpaSystemException.class);
        assertThat(lost).hasValue(1 + TransactionRetry.MAX_RETRIES);
        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> retry.idempotent("test", () -> {
            once.incrementAndGet();
            throw new DuplicateKeyException("not the connection");
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(once).hasValue(1);
    }

    @Test
    void a_read_is_tried_again_while_its_node_goes_away_and_other_errors_pass_at_once() {
        AtomicInteger reads = new AtomicInteger();
        assertThat(TransactionRetry.read(() -> {
            if (reads.incrementAndGet() < 3) {
                throw nodeLost();
            }
            return "stored";
        })).isEqualTo("stored");
        assertThat(reads).hasValue(3);
        AtomicInteger more = new AtomicInteger();
        assertThatThrownBy(() -> TransactionRetry.read(() -> {
            more.incrementAndGet();
            throw nodeLost();
        })).isInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class);
        assertThat(more).hasValue(1 + TransactionRetry.MAX_RETRIES);
        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> TransactionRetry.read(() -> {
            once.incrementAndGet();
            throw new DuplicateKeyException("not the connection");
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(once).hasValue(1);
    }

    @Test
    void a_broken_connection_is_told_apart_from_a_rejected_statement() {
        assertThat(TransactionRetry.connectionLost(nodeLost())).isTrue();
        // what the driver says when the node died during the COMMIT (the autosave tries again a moment later)
        assertThat(TransactionRetry.connectionLost(new org.springframework.dao.TransientDataAccessResourceException(
                "Unable to commit", new java.sql.SQLTransientConnectionException("Driver has reconnect connection "
                        + "after a communications failure with 127.0.0.1:3311 during a COMMIT statement", "08000"))))
                .isTrue();
        assertThat(TransactionRetry.connectionLost(new DuplicateKeyException("duplicate",
                new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(TransactionRetry.connectionLost(deadlock())).isFalse();
    }

    @Test
    void when_every_attempt_loses_the_user_gets_the_conflict_answer() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retry.inTransaction("test", () -> {
            attempts.incrementAndGet();
            throw deadlock();
        })).isInstanceOf(ConcurrentEditException.class).hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat(attempts).hasValue(1 + TransactionRetry.MAX_RETRIES);
    }

    @Test
    void inside_a_callers_transaction_it_joins_and_leaves_the_retry_to_the_caller() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> retry.inTransaction("inner", () -> {
                    attempts.incrementAndGet();
                    throw deadlock();
                }))).isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(1);
    }

    /**
     * A real deadlock: two transactions update the same two rows in opposite order. MariaDB rolls one back with
     * 1213; it runs again and both end up done (without the retry, one of them fails).
     */
    @Test
    void a_real_deadlock_between_two_transactions_is_resolved_by_running_the_victim_again() throws Exception {
        String first = unique("deadlock-a-");
        String second = unique("deadlock-b-");
        insert(first);
        insert(second);
        long a = id(first);
        long b = id(second);
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        TransactionRetry quick = new TransactionRetry(transactions, Duration.ofMillis(5), Duration.ofMillis(5));
        ExecutorService two = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> crossUpdate(quick, a, b,
                bothHoldOneRow, attempts), two);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> crossUpdate(quick, b, a,
                bothHoldOneRow, attempts), two);
        one.get(60, TimeUnit.SECONDS);
        other.get(60, TimeUnit.SECONDS);
        two.shutdown();
        assertThat(attempts).as("one of the two ran twice").hasValue(3);
        // each row was updated once by each transaction that committed; the victim's first attempt left nothing
        assertThat(jdbc.queryForList("select argument from notification where recipient in (?, ?)", String.class,
                first, second)).containsExactly("xx", "xx");
    }

    /**
     * On the Galera cluster only (KD_GALERA_OTHER_NODE: a JDBC URL of a node the app does not write to): another
     * node commits a change to the row this transaction has changed but not committed yet. Galera aborts this one
     * (a lost certification, reported as 1213); it runs again and ends up on top of the other node's change.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "KD_GALERA_OTHER_NODE", matches = "jdbc:.+")
    void a_transaction_that_loses_certification_to_another_galera_node_is_run_again() throws Exception {
        String who = unique("galera-");
        insert(who);
        long row = id(who);
        AtomicInteger attempts = new AtomicInteger();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(System.getenv("KD_GALERA_OTHER_NODE"),
                System.getenv().getOrDefault("DB_USER", "root"), System.getenv().getOrDefault("DB_PASSWORD", ""))) {
            // the other node waits until it has applied what this node committed before (the row)
            other.createStatement().execute("set session wsrep_sync_wait = 3");
            retry.inTransaction("galera certification", () -> {
                jdbc.update("update notification set argument = concat(coalesce(argument, ''), 'a') where id = ?",
                        row);
                if (attempts.incrementAndGet() == 1) {
                    try (var update = other.prepareStatement("update notification set argument = "
                            + "concat(coalesce(argument, ''), 'b') where id = ?")) {
                        update.setLong(1, row);
                        assertThat(update.executeUpdate()).isEqualTo(1);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    // give this node a moment to apply the other node's write set (which aborts this transaction)
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                jdbc.queryForObject("select argument from notification where id = ?", String.class, row);
            });
        }
        assertThat(attempts).as("lost once, then committed").hasValue(2);
        assertThat(jdbc.queryForObject("select argument from notification where id = ?", String.class, row))
                .isEqualTo("ba");
    }

    private long id(String recipient) {
        return jdbc.queryForObject("select id from notification where recipient = ?", Long.class, recipient);
    }

    private void crossUpdate(TransactionRetry quick, long a, long b, CyclicBarrier barrier,
            AtomicInteger attempts) {
        AtomicInteger mine = new AtomicInteger();
        quick.inTransaction("cross update", () -> {
            attempts.incrementAndGet();
            jdbc.update("update notification set argument = concat(coalesce(argument, ''), 'x') where id = ?", a);
            if (mine.incrementAndGet() == 1) {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            jdbc.update("update notification set argument = concat(coalesce(argument, ''), 'x') where id = ?", b);
        });
    }
}
