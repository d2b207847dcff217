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
    void a_mandatory_approver_who_wrote_the_version_is_replaced_by_the_substitute_or_waived() {
        ApprovalPolicy substituted = new ApprovalPolicy(ApprovalKind.SNS_DRAFT,
                new PolicyRules(1, List.of("iinchou"), "fukuiinchou", false), null);
        ApprovalStatus waiting = substituted.evaluate("iinchou", List.of("shokichou"), SUBMITTED);
        assertThat(waiting.complete()).isFalse();
        assertThat(waiting.missingMandatory()).containsExactly("fukuiinchou");
        assertThat(substituted.evaluate("iinchou", List.of("fukuiinchou"), SUBMITTED).complete()).isTrue();

        ApprovalPolicy waived = new ApprovalPolicy(ApprovalKind.SNS_DRAFT,
                new PolicyRules(1, List.of("iinchou"), null, true), null);
        ApprovalStatus status = waived.evaluate("iinchou", List.of("shokichou"), SUBMITTED);
        assertThat(status.missingMandatory()).isEmpty();
        assertThat(status.standIns()).containsExactly(new ApprovalStatus.StandIn("iinchou", null));
        assertThat(status.complete()).isTrue();
    }

    @Test
    void the_author_never_counts_even_if_recorded() {
        ApprovalPolicy policy = new ApprovalPolicy(ApprovalKind.SNS_DRAFT, 1, List.of(), null);
        assertThat(policy.evaluate("a", List.of("a"), SUBMITTED).complete()).isFalse();
    }

    @Test
    void the_check_names_every_author_who_could_never_be_approved() {
        List<String> executives = List.of("iinchou", "shokichou");
        List<String> authors = List.of("iinchou", "shokichou", "seinenbu");
        assertThat(PolicyCheck.problems(new PolicyRules(2, List.of(), null, false), executives, authors,
                java.util.Map.of())).extracting(PolicyProblem::args)
                .containsExactly(List.of("iinchou", 1, 2), List.of("shokichou", 1, 2));
        assertThat(PolicyCheck.problems(new PolicyRules(1, List.of("iinchou"), null, false), executives, authors,
                java.util.Map.of("iinchou", "委員長"))).extracting(PolicyProblem::args)
                .containsExactly(List.of("委員長"));
        assertThat(PolicyCheck.problems(new PolicyRules(1, List.of("iinchou"), null, true), executives, authors,
                java.util.Map.of())).isEmpty();
        // a mandatory approver who cannot write needs no stand-in
        assertThat(PolicyCheck.problems(new PolicyRules(1, List.of("iinchou"), null, false), executives,
                List.of("seinenbu"), java.util.Map.of())).isEmpty();
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
