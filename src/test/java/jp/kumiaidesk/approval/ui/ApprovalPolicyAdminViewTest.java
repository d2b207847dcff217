package jp.kumiaidesk.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.ApprovalPolicyView;
import jp.kumiaidesk.approval.ApprovalService;
import jp.kumiaidesk.layout.NotFoundView;

class ApprovalPolicyAdminViewTest extends KaribuTest {

    @Autowired
    ApprovalService approvals;

    @Test
    void the_administrator_names_the_chair_a_mandatory_approver_of_newsletters() {
        openAs("admin", "admin/approval");
        ApprovalPolicyView before = approvals.policy(ApprovalKind.NEWSLETTER);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> mandatory = _get(MultiSelectComboBox.class,
                spec -> spec.withId("approval-newsletter-mandatory"));
        try {
            type(mandatory, Set.of("iinchou"));
            _click(_get(Button.class, spec -> spec.withId("approval-newsletter-save")));
            assertThat(approvals.policy(ApprovalKind.NEWSLETTER).mandatoryApprovers()).containsExactly("iinchou");
        } finally {
            // put it back for the other tests, whatever happened
            login("admin");
            ApprovalPolicyView after = approvals.policy(ApprovalKind.NEWSLETTER);
            approvals.changePolicy(ApprovalKind.NEWSLETTER, after.version(), before.rules(), before.deadlineHours());
        }
    }

    @Test
    void fewer_approvals_than_mandatory_approvers_is_refused_next_to_the_field() {
        openAs("admin", "admin/approval");
        type(_get(MultiSelectComboBox.class, spec -> spec.withId("approval-sns-draft-mandatory")),
                Set.of("iinchou", "shokichou"));
        IntegerField required = _get(IntegerField.class, spec -> spec.withId("approval-sns-draft-required"));
        type(required, 1);
        _click(_get(Button.class, spec -> spec.withId("approval-sns-draft-save")));
        assertThat(required.isInvalid()).isTrue();
        assertThat(required.getErrorMessage()).contains("必須承認者");
    }

    @Test
    void an_impossible_saved_policy_is_warned_about_and_an_impossible_change_is_refused() {
        Integer saved = jdbc.queryForObject("select required_approvals from approval_policy where kind = 'SNS_DRAFT'",
                Integer.class);
        // impossible whoever the executives are: more approvals than executives (an author never counts)
        int executives = jdbc.queryForObject("select count(*) from app_user u join app_user_role r on r.user_id = u.id"
                + " where r.role = 'EXECUTIVE' and u.enabled", Integer.class);
        assertThat(executives).as("a committee the policy field (at most 10) can outnumber").isLessThanOrEqualTo(10);
        jdbc.update("update approval_policy set required_approvals = ? where kind = 'SNS_DRAFT'", executives + 1);
        try {
            openAs("admin", "admin/approval");
            Div warning = _get(Div.class, spec -> spec.withId("approval-policy-warning"));
            assertThat(warning.isVisible()).isTrue();
            assertThat(warning.getElement().getTextRecursively()).contains("SNS投稿").contains("山田 太郎（委員長）")
                    .doesNotContain("iinchou");
            IntegerField required = _get(IntegerField.class, spec -> spec.withId("approval-sns-draft-required"));
            type(required, executives);
            assertThat(_get(Div.class, spec -> spec.withId("approval-sns-draft-check")).getElement()
                    .getTextRecursively()).contains("保存できません");
            _click(_get(Button.class, spec -> spec.withId("approval-sns-draft-save")));
            assertThat(required.isInvalid()).isTrue();
            assertThat(required.getErrorMessage()).contains("承認できない作成者");
            assertThat(jdbc.queryForObject("select required_approvals from approval_policy where kind = 'SNS_DRAFT'",
                    Integer.class)).isEqualTo(executives + 1);
            type(required, 1);
            assertThat(_get(Div.class, spec -> spec.withId("approval-sns-draft-check")).getElement()
                    .getTextRecursively()).contains("だれが作成しても承認できます");
        } finally {
            jdbc.update("update approval_policy set required_approvals = ? where kind = 'SNS_DRAFT'", saved);
        }
    }

    @Test
    void executives_cannot_change_the_policy() {
        openAs("iinchou", "admin/approval");
        _get(NotFoundView.class);
    }
}
