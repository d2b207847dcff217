package jp.kumiaidesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.security.TestSignIn;

/**
 * One approval per approver per version, by the unique key and not by a look beforehand: the second of two
 * approvals that overlap (a double click, two app nodes) cannot see the first one's uncommitted row, and still
 * leaves no second row.
 */
class ApprovalConcurrencyTest extends ServiceTest {

    @Autowired
    ApprovalService approvals;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void two_overlapping_approvals_by_the_same_executive_of_the_same_version_leave_one_row() throws Exception {
        long subjectId = 2_000_000_000L + System.nanoTime() % 1_000_000_000L;
        ApprovalSubject subject = new ApprovalSubject(ApprovalKind.NEWSLETTER, subjectId, "shokikyoku",
                ContentHash.of(unique("version-")), Instant.now());
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            TestSignIn.signIn(ctx, "iinchou");
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                approvals.approve(subject);
                firstInserted.countDown();
                // the first approval stays uncommitted while the second one looks and inserts
                sleep(1500);
            });
        }, two);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
            TestSignIn.signIn(ctx, "iinchou");
            await(firstInserted);
            try {
                return approvals.approve(subject).approvedBy().toString();
            } catch (FieldRejectedException already) {
                return already.messageKey();
            }
        }, two);
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        two.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from approval_decision where kind = 'NEWSLETTER' and "
                + "subject_id = ? and approver = 'iinchou' and verdict = 'APPROVED'", Integer.class, subjectId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'approval.approved' and "
                + "target_id = ?", Integer.class, String.valueOf(subjectId))).as("audited once").isEqualTo(1);
    }

    @Test
    void after_a_rejection_the_same_version_can_be_decided_again() {
        long subjectId = 2_000_000_000L + System.nanoTime() % 1_000_000_000L;
        ApprovalSubject subject = new ApprovalSubject(ApprovalKind.SNS_DRAFT, subjectId, "shokikyoku",
                ContentHash.of(unique("version-")), Instant.now());
        signIn("iinchou");
        approvals.reject(subject, "出典を書いてください");
        approvals.reject(subject, "まだ出典がありません");
        approvals.approve(subject);
        assertThat(approvals.decisions(ApprovalKind.SNS_DRAFT, subjectId)).extracting(ApprovalDecision::verdict)
                .containsExactly(Verdict.REJECTED, Verdict.REJECTED, Verdict.APPROVED);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
