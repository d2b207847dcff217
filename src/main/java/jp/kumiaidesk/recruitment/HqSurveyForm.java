package jp.kumiaidesk.recruitment;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the union writes on the HQ's form itself (the tracker and the tree count the rest): who fills it in, the
 * competing union's federation and membership, and the eleven free-text answers of one survey year.
 */
public record HqSurveyForm(int year, long version, String prefecture, String unionName, String respondent,
        String competitorFederation, Integer competitorMembers, Map<HqQuestion, String> answers) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int TEXT_MAX_LENGTH = 4000;

    public HqSurveyForm {
        Map<HqQuestion, String> copy = new EnumMap<>(HqQuestion.class);
        if (answers != null) {
            answers.forEach((q, a) -> copy.put(q, a == null ? "" : a));
        }
        answers = java.util.Collections.unmodifiableMap(copy);
    }

    public String answer(HqQuestion question) {
        return answers.getOrDefault(question, "");
    }
}
