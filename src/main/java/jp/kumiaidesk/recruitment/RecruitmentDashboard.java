package jp.kumiaidesk.recruitment;

import java.time.LocalDate;
import java.util.List;

import jp.kumiaidesk.workplace.HeadcountChange;
import jp.kumiaidesk.workplace.OrganizationRate;

/**
 * One cohort's recruitment at a glance: totals against the previous cohort, and per workplace the same with the
 * workplace's organization rate true today. {@code unionRate} is the rate of the workplaces in view: the headcounts
 * as counted (the latest counting day is {@code countedOn}) plus {@code sinceCounted}, the hires since and their
 * joins.
 */
public record RecruitmentDashboard(CohortView cohort, CohortView previous, List<CohortView> cohorts, Funnel total,
        Funnel previousTotal,
        List<WorkplaceFigures> workplaces, OrganizationRate unionRate, LocalDate countedOn,
        HeadcountChange sinceCounted) {

    /** One workplace's figures; {@code path} is e.g. 市長部局/福祉部/保育所/中央保育所. */
    public record WorkplaceFigures(long workplaceId, String name, String path, Funnel current, Funnel previous,
            OrganizationRate rate) {
    }
}
