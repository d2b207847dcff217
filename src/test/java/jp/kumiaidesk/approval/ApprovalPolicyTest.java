package jp.kumiaidesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-20T01:00:00Z");

    @Test
    void two_approvals_complete_a_two_approval_policy() {
        ApprovalPolicy policy = new ApprovalPolicy(ApprovalKind.SNS_DRAFT, 2, List.of(), null);
        assertThat(policy.evaluate("author", List.of("a"), SUBMITTED).complete()).isFalse();
        assertThat(policy.evaluate("author", List.of("a", "b"), SUBMITTED).complete()).isTrue();
    }

    @Test
    void a_mandatory_approver_is_waited_for_even_when_enough_others_approved() {
        ApprovalPolicy policy = new ApprovalPolicy(ApprovalKind.SNS_DRAFT, 2, List.of("iinchou"), null);
        ApprovalStatus status = policy.evaluate("author", List.of("a", "b"), SUBMITTED);
        assertThat(status.complete()).isFalse();
        assertThat(status.missingMandatory()).containsExactly("iinchou");
        assertThat(policy.evaluate("author", List.of("a", "iinchou"), SUBMITTED).complete()).isTrue();
    }

    @Test
    void a_mandatory_approver_who_wrote_the_draft_is_not_waited_for() {
        ApprovalPolicy policy = new ApprovalPolicy(ApprovalKind.SNS_DRAFT, 1, List.of("iinchou"), null);
        ApprovalStatus status = policy.evaluate("iinchou", List.of("shokichou"), SUBMITTED);
        assertThat(status.missingMandatory()).isEmpty();
        assertThat(status.complete()).isTrue();
    }

    @Test
    void the_deadline_counts_from_submission() {
        ApprovalPolicy policy = new ApprovalPolicy(ApprovalKind.NEWSLETTER, 1, List.of(), 24);
        assertThat(policy.evaluate("a", List.of(), SUBMITTED).deadline())
                .isEqualTo(Instant.parse("2026-11-21T01:00:00Z"));
        assertThat(new ApprovalPolicy(ApprovalKind.NEWSLETTER, 1, List.of(), null)
                .evaluate("a", List.of(), SUBMITTED).deadline()).isNull();
    }

    @Test
    void the_content_hash_changes_with_any_part_and_with_how_parts_are_split() {
        assertThat(ContentHash.of("本文", "#春闘")).isEqualTo(ContentHash.of("本文", "#春闘")).hasSize(64);
        assertThat(ContentHash.of("本文", "#春闘")).isNotEqualTo(ContentHash.of("本文。", "#春闘"));
        assertThat(ContentHash.of("ab", "c")).isNotEqualTo(ContentHash.of("a", "bc"));
    }
}
