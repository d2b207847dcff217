package jp.kumiaidesk.recruitment;

import java.time.LocalDate;
import java.util.List;

/**
 * 県本部 実態共有用アンケート of one union and year, filled in: the union's answers, the tree's members and staff,
 * and the year's new hires from the tracker, all as of {@code asOf} (時点).
 *
 * @param cohorts the cohorts whose new hires are counted (the survey year's, or the one chosen on the dashboard)
 */
public record HqSurvey(int year, LocalDate asOf, List<CohortView> cohorts, HqSurveyForm answers, int ourMembers,
        int staff, Funnel hires) {

    /** A competing union is named: its federation is given and is not なし. */
    public boolean hasCompetitor() {
        String federation = answers.competitorFederation();
        return federation != null && !federation.isBlank() && !HqSheet.NONE.equals(federation.strip());
    }

    /** The competitor's members: 0 without a competitor, {@code null} when there is one but its size is unknown. */
    public Integer competitorMembers() {
        return answers.competitorMembers() != null ? answers.competitorMembers() : hasCompetitor() ? null : 0;
    }

    public Double ourRate() {
        return staff == 0 ? null : ourMembers * 100.0 / staff;
    }

    public Double competitorRate() {
        Integer competitor = competitorMembers();
        return staff == 0 || competitor == null ? null : competitor * 100.0 / staff;
    }

    /** 未加入者数（人）: the staff in neither union, or {@code null} while the competitor's size is unknown. */
    public Integer nonMembers() {
        Integer competitor = competitorMembers();
        return competitor == null ? null : Math.max(0, staff - ourMembers - competitor);
    }

    /** The year's 未加入者数 on the form: every new hire not (yet) in either union, the undecided included. */
    public int hiresNotJoined() {
        return hires.hires() - hires.joined() - hires.competitor();
    }

    /** New hires still undecided at {@link #asOf()}: counted in {@link #hiresNotJoined()}, and the sheet says so. */
    public int hiresUndecided() {
        return hires.open();
    }
}
