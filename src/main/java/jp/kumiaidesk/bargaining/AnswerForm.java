package jp.kumiaidesk.bargaining;

/** One demand row of the session form: the employer's answer as it was said, and the outcome. */
public record AnswerForm(long demandId, String answer, AnswerOutcome outcome) {

    public static final int ANSWER_MAX_LENGTH = 2000;
}
