package jp.kumiaidesk.bargaining;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The employer's answer to one demand in one session. */
@Embeddable
class DemandAnswer {

    @Column(name = "demand_id", nullable = false)
    private long demandId;

    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnswerOutcome outcome;

    protected DemandAnswer() {
    }

    DemandAnswer(long demandId, String answer, AnswerOutcome outcome) {
        this.demandId = demandId;
        this.answer = answer;
        this.outcome = outcome;
    }

    AnswerForm toForm() {
        return new AnswerForm(demandId, answer, outcome);
    }
}
