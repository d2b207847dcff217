package jp.kumiaidesk.bargaining;

/** Where a demand stands after the employer's answer in one session. */
public enum AnswerOutcome {
    /** 回答: the employer answered; talks go on. */
    ANSWERED,
    /** 継続協議: carried over to a later session. */
    CARRIED_OVER,
    /** 妥結: settled. */
    SETTLED;

    public String translationKey() {
        return "answer.outcome." + name().toLowerCase().replace('_', '-');
    }
}
