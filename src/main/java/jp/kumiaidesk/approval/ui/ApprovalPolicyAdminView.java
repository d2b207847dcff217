package jp.kumiaidesk.approval.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.ApprovalPolicyView;
import jp.kumiaidesk.approval.ApprovalService;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.security.Person;
import jp.kumiaidesk.security.UserService;

/** 承認ルール: per kind, how many executives approve, who must, and the deadline of the round. */
@Route("admin/approval")
@Menu(order = 91, title = "menu.admin.approval", icon = "vaadin:check-square-o")
@RolesAllowed(Roles.ADMIN)
final class ApprovalPolicyAdminView extends Main implements HasDynamicTitle {

    ApprovalPolicyAdminView(ApprovalService approvals, UserService users) {
        addClassName("kd-view");
        add(new Paragraph(getTranslation("approval.policy.help")));
        List<Person> executives = users.withRole(Role.EXECUTIVE);
        for (ApprovalKind kind : ApprovalKind.values()) {
            add(policyCard(approvals, kind, executives));
        }
    }

    private Div policyCard(ApprovalService approvals, ApprovalKind kind, List<Person> executives) {
        String prefix = "approval-" + kind.name().toLowerCase().replace('_', '-');
        IntegerField required = new IntegerField(getTranslation("approval.policy.required"));
        required.setId(prefix + "-required");
        required.setMin(1);
        required.setMax(10);
        required.setStepButtonsVisible(true);
        MultiSelectComboBox<String> mandatory = new MultiSelectComboBox<>(getTranslation("approval.policy.mandatory"));
        mandatory.setId(prefix + "-mandatory");
        mandatory.setItems(executives.stream().map(Person::username).toList());
        mandatory.setItemLabelGenerator(u -> executives.stream().filter(p -> p.username().equals(u)).findFirst()
                .map(p -> p.displayName() + "（" + p.username() + "）").orElse(u));
        IntegerField deadline = new IntegerField(getTranslation("approval.policy.deadline"));
        deadline.setId(prefix + "-deadline");
        deadline.setMin(1);
        deadline.setMax(720);
        deadline.setPlaceholder(getTranslation("approval.policy.deadline-none"));
        deadline.setClearButtonVisible(true);
        long[] version = new long[1];
        Runnable load = () -> {
            ApprovalPolicyView policy = approvals.policy(kind);
            version[0] = policy.version();
            required.setValue(policy.requiredApprovals());
            mandatory.setValue(policy.mandatoryApprovers());
            deadline.setValue(policy.deadlineHours());
        };
        load.run();
        FormErrors errors = new FormErrors().field(ApprovalService.FIELD_REQUIRED, required)
                .field(ApprovalService.FIELD_MANDATORY, mandatory).field(ApprovalService.FIELD_DEADLINE, deadline);
        Button save = new Button(getTranslation("approval.policy.save"), e -> {
            if (required.isInvalid() || deadline.isInvalid()) {
                return;
            }
            if (errors.submit(() -> approvals.changePolicy(kind, version[0],
                    required.getValue() == null ? 0 : required.getValue(), new ArrayList<>(mandatory.getValue()),
                    deadline.getValue()), load)) {
                load.run();
                FormErrors.success(getTranslation("approval.policy.saved"));
            }
        });
        save.setId(prefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(required, mandatory, deadline);
        Div card = new Div(new H3(getTranslation("approval.policy.kind." + kind.name().toLowerCase())), form, save);
        card.addClassName("kd-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "approval.policy.title");
    }
}
