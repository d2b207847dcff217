package jp.kumiaidesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.Role;

/**
 * Issue #11: a policy can always be met. Each test is a union of its own (two or three executives) inside a
 * rolled-back transaction, so the saved policies and users are gone afterwards.
 */
class ApprovalPolicyUnionTest extends ServiceTest {

    @Autowired
    ApprovalService approvals;

    private static long nextId = 800_000 + System.nanoTime() % 100_000;

    private static ApprovalSubject subject(ApprovalKind kind, String author) {
        return new ApprovalSubject(kind, ++nextId, author, ContentHash.of("v" + nextId), Instant.now());
    }

    private void save(ApprovalKind kind, PolicyRules rules) {
        approvals.changePolicy(kind, approvals.policy(kind).version(), rules, 48);
    }

    @Test
    void two_executives_two_approvals_is_refused_for_an_executive_author_and_one_approval_works_for_everyone() {
        TestUnion.run(ctx, union -> {
            String chair = union.member("委員長", Role.EXECUTIVE);
            String secretary = union.member("書記長", Role.EXECUTIVE, Role.SECRETARIAT);
            union.member("書記局", Role.SECRETARIAT);
            union.signIn("admin");
            PolicyRules two = new PolicyRules(2, List.of(), null, false);
            assertThat(approvals.problems(ApprovalKind.SNS_DRAFT, two)).extracting(PolicyProblem::messageKey)
                    .containsOnly("approval.policy.problem.too-few-for-author");
            assertThatThrownBy(() -> save(ApprovalKind.SNS_DRAFT, two)).isInstanceOf(FieldRejectedException.class)
                    .hasFieldOrPropertyWithValue("field", ApprovalService.FIELD_REQUIRED)
                    .hasFieldOrPropertyWithValue("messageKey", "approval.policy.error.cannot-be-met");
            // newsletters: the 書記長 writes them too, so two approvals cannot be met either
            assertThatThrownBy(() -> save(ApprovalKind.NEWSLETTER, two)).isInstanceOf(FieldRejectedException.class);
            save(ApprovalKind.SNS_DRAFT, new PolicyRules(1, List.of(), null, false));
            save(ApprovalKind.NEWSLETTER, new PolicyRules(1, List.of(), null, false));
            assertThat(approvals.problems(ApprovalKind.SNS_DRAFT)).isEmpty();
            assertThat(approvals.problems(ApprovalKind.NEWSLETTER)).isEmpty();

            // 書記長 writes, 委員長 approves: done
            ApprovalSubject own = subject(ApprovalKind.SNS_DRAFT, secretary);
            union.signIn(secretary);
            assertThatThrownBy(() -> approvals.approve(own))
                    .hasFieldOrPropertyWithValue("messageKey", "approval.error.own");
            union.signIn(chair);
            assertThat(approvals.approve(own).complete()).isTrue();
            ApprovalSubject issue = subject(ApprovalKind.NEWSLETTER, secretary);
            assertThat(approvals.approve(issue).complete()).isTrue();
        });
    }

    @Test
    void a_mandatory_chair_who_writes_needs_a_waiver_in_a_two_executive_union() {
        TestUnion.run(ctx, union -> {
            String chair = union.member("委員長", Role.EXECUTIVE);
            String secretary = union.member("書記長", Role.EXECUTIVE);
            String writer = union.member("青年部", Role.RECRUITER);
            union.signIn("admin");
            PolicyRules noStandIn = new PolicyRules(1, List.of(chair), null, false);
            assertThat(approvals.problems(ApprovalKind.SNS_DRAFT, noStandIn)).singleElement()
                    .satisfies(p -> {
                        assertThat(p.messageKey()).isEqualTo("approval.policy.problem.own-mandatory");
                        assertThat(p.args()).containsExactly("委員長 " + chair.substring(1, chair.indexOf('-')));
                    });
            assertThatThrownBy(() -> save(ApprovalKind.SNS_DRAFT, noStandIn))
                    .hasFieldOrPropertyWithValue("field", ApprovalService.FIELD_SUBSTITUTE);
            save(ApprovalKind.SNS_DRAFT, new PolicyRules(1, List.of(chair), null, true));

            ApprovalSubject chairs = subject(ApprovalKind.SNS_DRAFT, chair);
            union.signIn(secretary);
            ApprovalStatus status = approvals.approve(chairs);
            assertThat(status.complete()).isTrue();
            assertThat(status.standIns()).containsExactly(new ApprovalStatus.StandIn(chair, null));

            // anyone else's version still waits for the chair
            ApprovalSubject members = subject(ApprovalKind.SNS_DRAFT, writer);
            ApprovalStatus first = approvals.approve(members);
            assertThat(first.complete()).isFalse();
            assertThat(first.missingMandatory()).containsExactly(chair);
            assertThat(first.name(chair)).startsWith("委員長");
            union.signIn(chair);
            assertThat(approvals.approve(members).complete()).isTrue();
        });
    }

    @Test
    void with_three_executives_the_vice_chair_stands_in_for_the_chair_on_the_chairs_own_version() {
        TestUnion.run(ctx, union -> {
            String chair = union.member("委員長", Role.EXECUTIVE);
            String secretary = union.member("書記長", Role.EXECUTIVE);
            String vice = union.member("副委員長", Role.EXECUTIVE);
            union.signIn("admin");
            assertThat(approvals.problems(ApprovalKind.SNS_DRAFT, new PolicyRules(3, List.of(), null, false)))
                    .isNotEmpty();
            assertThatThrownBy(() -> save(ApprovalKind.SNS_DRAFT, new PolicyRules(2, List.of(chair), chair, false)))
                    .hasFieldOrPropertyWithValue("messageKey", "approval.policy.error.substitute");
            save(ApprovalKind.SNS_DRAFT, new PolicyRules(2, List.of(chair), vice, false));
            assertThat(approvals.problems(ApprovalKind.SNS_DRAFT)).isEmpty();

            ApprovalSubject chairs = subject(ApprovalKind.SNS_DRAFT, chair);
            union.signIn(secretary);
            ApprovalStatus first = approvals.approve(chairs);
            assertThat(first.complete()).isFalse();
            assertThat(first.missingMandatory()).containsExactly(vice);
            assertThat(first.standIns()).containsExactly(new ApprovalStatus.StandIn(chair, vice));
            union.signIn(vice);
            assertThat(approvals.approve(chairs).complete()).isTrue();

            // the secretary's own version: the chair and the vice-chair, the author not counted
            ApprovalSubject secretarys = subject(ApprovalKind.SNS_DRAFT, secretary);
            assertThat(approvals.approve(secretarys).complete()).isFalse();
            union.signIn(chair);
            ApprovalStatus done = approvals.approve(secretarys);
            assertThat(done.complete()).isTrue();
            assertThat(done.standIns()).isEmpty();
        });
    }

    @Test
    void a_saved_policy_that_became_impossible_is_reported_with_names() {
        TestUnion.run(ctx, union -> {
            String chair = union.member("委員長", Role.EXECUTIVE);
            union.member("書記長", Role.EXECUTIVE);
            union.member("副委員長", Role.EXECUTIVE);
            union.signIn("admin");
            save(ApprovalKind.SNS_DRAFT, new PolicyRules(2, List.of(), null, false));
            assertThat(approvals.problems(ApprovalKind.SNS_DRAFT)).isEmpty();
            // the chair leaves the committee: two executives remain, an executive author has only one other
            jdbc.update("update app_user set enabled = false where username = ?", chair);
            assertThat(approvals.problems(ApprovalKind.SNS_DRAFT)).extracting(PolicyProblem::messageKey)
                    .containsOnly("approval.policy.problem.too-few-for-author");
        });
    }
}
