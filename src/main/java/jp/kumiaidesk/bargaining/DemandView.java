package jp.kumiaidesk.bargaining;

/**
 * A demand with where it stands now: the latest answer given and its outcome ({@code null} when never answered).
 */
public record DemandView(long id, long seasonId, String title, String latestAnswer, AnswerOutcome latestOutcome) {

    public static final int TITLE_MAX_LENGTH = 200;

    public boolean settled() {
        return latestOutcome == AnswerOutcome.SETTLED;
    }
}
