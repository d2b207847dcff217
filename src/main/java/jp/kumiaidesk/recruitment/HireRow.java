package jp.kumiaidesk.recruitment;

import java.time.LocalDate;

/** A new hire as the tracker shows it. {@code name} is {@code null} once the cohort was purged. */
public record HireRow(long id, long version, long cohortId, long workplaceId, String workplaceName, String name,
        String kana, EmploymentType employmentType, LocalDate hireDate, HireRoute route, String recruiter,
        HireStatus status, DeclineReason declineReason, EscalationStage stage, LocalDate nextActionDate) {

    public HireForm toForm() {
        return new HireForm(name, kana, workplaceId, employmentType, hireDate, route, recruiter, status,
                declineReason, stage, nextActionDate);
    }
}
