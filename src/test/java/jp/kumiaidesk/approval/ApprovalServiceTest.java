package jp.kumiaidesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;

class ApprovalServiceTest extends ServiceTest {

    @Autowired
    ApprovalService approvals;

    private static long nextId = 900_000 + System.nanoTime() % 100_000;

    private ApprovalSubject subject(String hash) {
        return new ApprovalSubject(ApprovalKind.NEWSLETTER, nextId, "shokikyoku", hash, Instant.now());
    }

    private static PolicyRules rules(int required, List<String> mandatory) {
        return new PolicyRules(required, mandatory, null, false);
    }

    @Test
    void an_approval_counts_only_for_the_version_it_was_given_to() {
        nextId++;
        signIn("iinchou");
        ApprovalStatus first = approvals.approve(subject(ContentHash.of("v1")));
        assertThat(first.approvedBy()).containsExactly("iinchou");
        assertThat(approvals.status(subject(ContentHash.of("v2"))).approvedBy()).isEmpty();
        assertThat(approvals.decisions(ApprovalKind.NEWSLETTER, nextId)).singleElement()
                .satisfies(d -> assertThat(d.contentHash()).isEqualTo(ContentHash.of("v1")));
    }

    @Test
    void the_author_cannot_approve_and_nobody_approves_twice() {
        nextId++;
        signIn("iinchou");
        ApprovalSubject own = new ApprovalSubject(ApprovalKind.NEWSLETTER, nextId, "iinchou", ContentHash.of("x"),
                null);
        assertThatThrownBy(() -> approvals.approve(own)).isInstanceOf(FieldRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "approval.error.own");
        approvals.approve(subject(ContentHash.of("x")));
        assertThatThrownBy(() -> approvals.approve(subject(ContentHash.of("x"))))
                .hasFieldOrPropertyWithValue("messageKey", "approval.error.already");
    }

    @Test
    void only_executives_decide_and_a_rejection_needs_a_reason() {
        nextId++;
        signIn("shokikyoku");
        assertThatThrownBy(() -> approvals.approve(subject("h"))).isInstanceOf(AccessDeniedException.class);
        signIn("shokichou");
        assertThatThrownBy(() -> approvals.reject(subject("h"), "  "))
                .hasFieldOrPropertyWithValue("messageKey", "approval.error.reason-required");
        assertThatThrownBy(() -> approvals.requestChanges(subject("h"), "<script>x</script>"))
                .hasFieldOrPropertyWithValue("messageKey", "validation.markup");
        approvals.reject(subject("h"), "事実確認が足りません");
        assertThat(approvals.decisions(ApprovalKind.NEWSLETTER, nextId)).singleElement()
                .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.REJECTED));
    }

    @Test
    void decisions_cannot_be_changed_afterwards() {
        nextId++;
        signIn("iinchou");
        approvals.approve(subject("frozen"));
        assertThatThrownBy(() -> jdbc.update("update approval_decision set approver = 'someone' where subject_id = ?",
                nextId)).hasMessageContaining("append-only");
    }

    @Test
    void approvers_are_the_executives_except_the_author() {
        signIn("shokikyoku");
        assertThat(approvals.approvers(ApprovalKind.SNS_DRAFT, "iinchou")).extracting(r -> r.username())
                .contains("shokichou").doesNotContain("iinchou", "shokikyoku");
    }

    @Test
    void the_administrator_changes_the_policy_and_bad_values_are_refused() {
        signIn("admin");
        ApprovalPolicyView before = approvals.policy(ApprovalKind.NEWSLETTER);
        long version = before.version();
        assertThatThrownBy(() -> approvals.changePolicy(ApprovalKind.NEWSLETTER, version, rules(0, List.of()), null))
                .hasFieldOrPropertyWithValue("field", ApprovalService.FIELD_REQUIRED);
        assertThatThrownBy(() -> approvals.changePolicy(ApprovalKind.NEWSLETTER, version,
                rules(1, List.of("seinenbu")), null))
                .hasFieldOrPropertyWithValue("field", ApprovalService.FIELD_MANDATORY);
        assertThatThrownBy(() -> approvals.changePolicy(ApprovalKind.NEWSLETTER, version, rules(1, List.of()), 0))
                .hasFieldOrPropertyWithValue("field", ApprovalService.FIELD_DEADLINE);
        try {
            approvals.changePolicy(ApprovalKind.NEWSLETTER, before.version(), rules(1, List.of("iinchou")), 12);
            assertThat(approvals.policy(ApprovalKind.NEWSLETTER).mandatoryApprovers()).containsExactly("iinchou");
        } finally {
            signIn("admin");
            ApprovalPolicyView after = approvals.policy(ApprovalKind.NEWSLETTER);
            approvals.changePolicy(ApprovalKind.NEWSLETTER, after.version(), before.rules(), before.deadlineHours());
        }
        signIn("iinchou");
        assertThatThrownBy(() -> approvals.changePolicy(ApprovalKind.NEWSLETTER, 0, rules(1, List.of()), null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
