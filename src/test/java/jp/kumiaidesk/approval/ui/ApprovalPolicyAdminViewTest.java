package jp.kumiaidesk.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
            approvals.changePolicy(ApprovalKind.NEWSLETTER, after.version(), before.requiredApprovals(),
                    before.mandatoryApprovers(), before.deadlineHours());
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
    void executives_cannot_change_the_policy() {
        openAs("iinchou", "admin/approval");
        _get(NotFoundView.class);
    }
}
