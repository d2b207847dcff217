package jp.kumiaidesk.approval;

import java.util.List;

/**
 * Who must approve a version of one kind.
 *
 * @param required approvals needed, all from executives other than the author
 * @param mandatory executives who must be among them (user names)
 * @param substitute approves in place of a mandatory approver who wrote the version themself, or null
 * @param waiveOwnMandatory without a substitute: a mandatory approver's own version needs only the others
 */
public record PolicyRules(int required, List<String> mandatory, String substitute, boolean waiveOwnMandatory) {

    public PolicyRules {
        mandatory = mandatory == null ? List.of() : List.copyOf(mandatory);
        substitute = substitute == null || substitute.isBlank() ? null : substitute;
    }
}
