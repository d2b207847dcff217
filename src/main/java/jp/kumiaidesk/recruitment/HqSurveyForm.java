package jp.kumiaidesk.recruitment;

/** The free-text answers (how we recruit, what troubles us) and the competitor's membership, per survey year. */
public record HqSurveyForm(int year, long version, Integer competitorMembers, String howWeRecruit, String troubles) {

    public static final int TEXT_MAX_LENGTH = 4000;
}
