package jp.kumiaidesk.approval.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.ApprovalPolicyView;
import jp.kumiaidesk.approval.ApprovalService;
import jp.kumiaidesk.approval.PolicyProblem;
import jp.kumiaidesk.approval.PolicyRules;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.security.Person;
import jp.kumiaidesk.security.UserService;

/**
 * 承認ルール: per kind, how many executives approve, who must, who stands in when a mandatory approver wrote the
 * version, and the deadline of the round. The page says, per kind, whether the saved policy can be met for every
 * possible author with today's users, and checks the values being edited before they are saved.
 */
@Route("admin/approval")
@Menu(order = 91, title = "menu.admin.approval", icon = "vaadin:check-square-o")
@RolesAllowed(Roles.ADMIN)
final class ApprovalPolicyAdminView extends Main implements HasDynamicTitle {

    private final ApprovalService approvals;
    private final Div warning = new Div();

    ApprovalPolicyAdminView(ApprovalService approvals, UserService users) {
        this.approvals = approvals;
        addClassName("kd-view");
        warning.setId("approval-policy-warning");
        warning.addClassNames("kd-card", "kd-warning");
        add(new Paragraph(getTranslation("approval.policy.help")), warning);
        List<Person> executives = users.withRole(Role.EXECUTIVE);
        for (ApprovalKind kind : ApprovalKind.values()) {
            add(policyCard(kind, executives));
        }
        showSavedProblems();
    }

    /** The saved policies that some author could never get approved with today's users. */
    private void showSavedProblems() {
        warning.removeAll();
        boolean any = false;
        for (ApprovalKind kind : ApprovalKind.values()) {
            List<PolicyProblem> problems = approvals.problems(kind);
            if (!problems.isEmpty()) {
                any = true;
                warning.add(new Paragraph(getTranslation("approval.policy.warning",
                        getTranslation(kindKey(kind)))), list(problems));
            }
        }
        warning.setVisible(any);
    }

    private Div policyCard(ApprovalKind kind, List<Person> executives) {
        String prefix = "approval-" + kind.name().toLowerCase().replace('_', '-');
        IntegerField required = new IntegerField(getTranslation("approval.policy.required"));
        required.setId(prefix + "-required");
        required.setMin(1);
        required.setMax(10);
        required.setStepButtonsVisible(true);
        required.setHelperText(getTranslation("approval.policy.required-help"));
        MultiSelectComboBox<String> mandatory = new MultiSelectComboBox<>(getTranslation("approval.policy.mandatory"));
        mandatory.setId(prefix + "-mandatory");
        mandatory.setItems(executives.stream().map(Person::username).toList());
        mandatory.setItemLabelGenerator(u -> label(executives, u));
        ComboBox<String> substitute = new ComboBox<>(getTranslation("approval.policy.substitute"));
        substitute.setId(prefix + "-substitute");
        substitute.setItems(executives.stream().map(Person::username).toList());
        substitute.setItemLabelGenerator(u -> label(executives, u));
        substitute.setClearButtonVisible(true);
        substitute.setHelperText(getTranslation("approval.policy.substitute-help"));
        Checkbox waive = new Checkbox(getTranslation("approval.policy.waive"));
        waive.setId(prefix + "-waive");
        IntegerField deadline = new IntegerField(getTranslation("approval.policy.deadline"));
        deadline.setId(prefix + "-deadline");
        deadline.setMin(1);
        deadline.setMax(720);
        deadline.setPlaceholder(getTranslation("approval.policy.deadline-none"));
        deadline.setClearButtonVisible(true);
        Div check = new Div();
        check.setId(prefix + "-check");
        long[] version = new long[1];
        Runnable recheck = () -> showCheck(check, kind, rules(required, mandatory, substitute, waive));
        Runnable load = () -> {
            ApprovalPolicyView policy = approvals.policy(kind);
            version[0] = policy.version();
            required.setValue(policy.requiredApprovals());
            mandatory.setValue(policy.mandatoryApprovers());
            substitute.setValue(policy.rules().substitute());
            waive.setValue(policy.rules().waiveOwnMandatory());
            deadline.setValue(policy.deadlineHours());
            recheck.run();
        };
        load.run();
        required.addValueChangeListener(e -> recheck.run());
        mandatory.addValueChangeListener(e -> recheck.run());
        substitute.addValueChangeListener(e -> recheck.run());
        waive.addValueChangeListener(e -> recheck.run());
        FormErrors errors = new FormErrors().field(ApprovalService.FIELD_REQUIRED, required)
                .field(ApprovalService.FIELD_MANDATORY, mandatory).field(ApprovalService.FIELD_SUBSTITUTE, substitute)
                .field(ApprovalService.FIELD_DEADLINE, deadline);
        Button save = new Button(getTranslation("approval.policy.save"), e -> {
            if (required.isInvalid() || deadline.isInvalid()) {
                return;
            }
            if (errors.submit(() -> approvals.changePolicy(kind, version[0],
                    rules(required, mandatory, substitute, waive), deadline.getValue()), load)) {
                load.run();
                showSavedProblems();
                FormErrors.success(getTranslation("approval.policy.saved"));
            }
        });
        save.setId(prefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(required, mandatory, substitute, waive, deadline);
        Div card = new Div(new H3(getTranslation(kindKey(kind))), form, check, save);
        card.addClassName("kd-card");
        return card;
    }

    private static PolicyRules rules(IntegerField required, MultiSelectComboBox<String> mandatory,
            ComboBox<String> substitute, Checkbox waive) {
        return new PolicyRules(required.getValue() == null ? 0 : required.getValue(),
                new ArrayList<>(mandatory.getValue()), substitute.getValue(), waive.getValue());
    }

    /** What the values being edited would mean, before they are saved. */
    private void showCheck(Div check, ApprovalKind kind, PolicyRules rules) {
        check.removeAll();
        if (rules.required() < 1) {
            return;
        }
        List<PolicyProblem> problems = approvals.problems(kind, rules);
        check.getElement().setAttribute("class", problems.isEmpty() ? "kd-ok" : "kd-warning");
        if (problems.isEmpty()) {
            check.add(new Paragraph(getTranslation("approval.policy.can-be-met")));
        } else {
            check.add(new Paragraph(getTranslation("approval.policy.cannot-be-met")), list(problems));
        }
    }

    private UnorderedList list(List<PolicyProblem> problems) {
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(getTranslation(p.messageKey(), p.arguments()))));
        return list;
    }

    private static String label(List<Person> executives, String username) {
        return executives.stream().filter(p -> p.username().equals(username)).findFirst()
                .map(Person::displayName).orElse(username);
    }

    private static String kindKey(ApprovalKind kind) {
        return "approval.policy.kind." + kind.name().toLowerCase();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "approval.policy.title");
    }
}
