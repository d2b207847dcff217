package jp.kumiaidesk.bargaining;

import java.time.LocalDate;
import java.util.List;

/** How the employer's answer to one demand moved from session to session, up to settlement (妥結). */
public record DemandTimeline(DemandView demand, String seasonName, List<Step> steps) {

    public record Step(long sessionId, LocalDate heldOn, SessionKind kind, String answer, AnswerOutcome outcome) {
    }
}
