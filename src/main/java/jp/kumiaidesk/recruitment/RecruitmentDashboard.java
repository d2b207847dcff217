package jp.kumiaidesk.recruitment;

import java.util.List;

import jp.kumiaidesk.workplace.OrganizationRate;

/**
 * One cohort's recruitment at a glance: totals against the previous cohort, and per workplace the same with the
 * workplace's organization rate from its headcounts.
 */
public record RecruitmentDashboard(CohortView cohort, CohortView previous, List<CohortView> cohorts, Funnel total,
        Funnel previousTotal,
        List<WorkplaceFigures> workplaces, OrganizationRate unionRate) {

    /** One workplace's figures; {@code path} is e.g. 市長部局/福祉部/保育所/中央保育所. */
    public record WorkplaceFigures(long workplaceId, String name, String path, Funnel current, Funnel previous,
            OrganizationRate rate) {
    }
}
