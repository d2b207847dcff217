package jp.kumiaidesk.workplace;

import java.util.List;

/**
 * A workplace as readers see it: its own counts and the counts of its whole subtree, from which the rolled-up
 * organization rate follows.
 */
public record WorkplaceNode(long id, long version, Long parentId, String name, String path, int regularStaff,
        int nonRegularStaff, int members, int totalRegular, int totalNonRegular, int totalMembers,
        List<WorkplaceNode> children) {

    public int totalStaff() {
        return totalRegular + totalNonRegular;
    }

    public OrganizationRate rate() {
        return new OrganizationRate(totalMembers, totalStaff());
    }

    public WorkplaceForm toForm() {
        return new WorkplaceForm(name, regularStaff, nonRegularStaff, members);
    }
}
