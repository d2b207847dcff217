package jp.kumiaidesk.workplace;

import java.time.LocalDate;
import java.util.List;

/**
 * A workplace as readers see it: its own counts (as counted on {@code countedOn}) and the counts of its whole
 * subtree, and what changed since: {@code totalChange} are the new hires and their joins in the subtree since each
 * workplace was counted. {@link #rate()} is the organization rate true today; {@code basisDate} is the latest
 * counting day in the subtree.
 */
public record WorkplaceNode(long id, long version, Long parentId, String name, String path, int regularStaff,
        int nonRegularStaff, int members, int totalRegular, int totalNonRegular, int totalMembers,
        List<WorkplaceNode> children, LocalDate countedOn, LocalDate basisDate, HeadcountChange totalChange) {

    public int totalStaff() {
        return totalRegular + totalNonRegular;
    }

    /** The rate from the headcounts as counted, without the hires since. */
    public OrganizationRate countedRate() {
        return new OrganizationRate(totalMembers, totalStaff());
    }

    /** The rate true today: counted headcounts plus the hires since and their joins (the HQ's formula). */
    public OrganizationRate rate() {
        return totalChange.applyTo(countedRate());
    }

    public WorkplaceForm toForm() {
        return new WorkplaceForm(name, regularStaff, nonRegularStaff, members, countedOn);
    }
}
