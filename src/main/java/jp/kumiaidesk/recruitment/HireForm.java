package jp.kumiaidesk.recruitment;

import java.time.LocalDate;

/** What a recruiter types about a new hire (and what one import row becomes). */
public record HireForm(String name, String kana, long workplaceId, EmploymentType employmentType, LocalDate hireDate,
        HireRoute route, String recruiter, HireStatus status, DeclineReason declineReason, EscalationStage stage,
        LocalDate nextActionDate) {

    public static final int NAME_MAX_LENGTH = 100;

    public static HireForm of(String name, String kana, long workplaceId, EmploymentType type, LocalDate hireDate,
            HireRoute route) {
        return new HireForm(name, kana, workplaceId, type, hireDate, route, null, HireStatus.NOT_CONTACTED, null,
                EscalationStage.RECRUITER, null);
    }
}
