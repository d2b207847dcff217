package jp.kumiaidesk.hq;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.kumiaidesk.recruitment.HqQuestion;

/** The prefecture's year: one row per union, the totals, and the answers per question across unions. */
public record HqRollup(int year, List<UnionRow> unions) {

    public HqRollup {
        unions = List.copyOf(unions);
    }

    public int hires() {
        return unions.stream().mapToInt(u -> nz(u.hires())).sum();
    }

    public int joined() {
        return unions.stream().mapToInt(u -> nz(u.joined())).sum();
    }

    public int competitorJoined() {
        return unions.stream().mapToInt(u -> nz(u.competitorJoined())).sum();
    }

    public int notJoined() {
        return unions.stream().mapToInt(u -> nz(u.notJoined())).sum();
    }

    /** The prefecture's 加入率: all unions' joined ÷ all their new hires; {@code null} without hires. */
    public Double joinRate() {
        int hires = hires();
        return hires == 0 ? null : joined() * 100.0 / hires;
    }

    public long unionsWithCompetitor() {
        return unions.stream().filter(UnionRow::hasCompetitor).count();
    }

    /** An answer of one union to one question. */
    public record Answer(String unionName, String text) {
    }

    /** Every question in the form's order, with the unions that answered it. */
    public Map<HqQuestion, List<Answer>> answersByQuestion() {
        Map<HqQuestion, List<Answer>> byQuestion = new EnumMap<>(HqQuestion.class);
        for (HqQuestion q : HqQuestion.values()) {
            List<Answer> answers = new ArrayList<>();
            for (UnionRow u : unions) {
                String text = u.answers().get(q);
                if (text != null && !text.isBlank()) {
                    answers.add(new Answer(u.unionName(), text));
                }
            }
            byQuestion.put(q, answers);
        }
        return byQuestion;
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
