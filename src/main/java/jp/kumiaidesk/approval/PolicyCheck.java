package jp.kumiaidesk.approval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a policy can be met for every possible author: the executives other than the author must be enough for
 * the number of approvals, and a mandatory approver who may write must have a substitute or be waived. Pure, so
 * the administration page can check values before they are saved.
 */
final class PolicyCheck {

    private PolicyCheck() {
    }

    /**
     * @param executives who may approve (enabled executives), by user name
     * @param authors who may write a thing of this kind, by user name
     * @param names display names, by user name
     */
    static List<PolicyProblem> problems(PolicyRules rules, Collection<String> executives, Collection<String> authors,
            Map<String, String> names) {
        Set<PolicyProblem> problems = new LinkedHashSet<>();
        for (String mandatory : rules.mandatory()) {
            if (!executives.contains(mandatory)) {
                problems.add(new PolicyProblem(ApprovalService.FIELD_MANDATORY,
                        "approval.policy.problem.not-executive", List.of(name(names, mandatory))));
            }
        }
        if (rules.substitute() != null && !executives.contains(rules.substitute())) {
            problems.add(new PolicyProblem(ApprovalService.FIELD_SUBSTITUTE,
                    "approval.policy.problem.not-executive", List.of(name(names, rules.substitute()))));
        }
        boolean nonExecutiveAuthor = authors.stream().anyMatch(a -> !executives.contains(a));
        if ((nonExecutiveAuthor || authors.isEmpty()) && executives.size() < rules.required()) {
            problems.add(new PolicyProblem(ApprovalService.FIELD_REQUIRED, "approval.policy.problem.too-few",
                    List.of(executives.size(), rules.required())));
        }
        for (String author : authors) {
            if (!executives.contains(author)) {
                continue;
            }
            int eligible = executives.size() - 1;
            if (eligible < rules.required()) {
                problems.add(new PolicyProblem(ApprovalService.FIELD_REQUIRED,
                        "approval.policy.problem.too-few-for-author", List.of(name(names, author), eligible,
                                rules.required())));
            }
            if (rules.mandatory().contains(author) && rules.substitute() == null && !rules.waiveOwnMandatory()) {
                problems.add(new PolicyProblem(ApprovalService.FIELD_SUBSTITUTE,
                        "approval.policy.problem.own-mandatory", List.of(name(names, author))));
            }
        }
        return new ArrayList<>(problems);
    }

    private static String name(Map<String, String> names, String username) {
        return names.getOrDefault(username, username);
    }
}
