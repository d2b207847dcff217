package jp.kumiaidesk.hq;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;

/** One union's line of the roll-up, with the problems its sheet had. Rates are percentages. */
public record UnionRow(long id, String unionName, String prefecture, String competitorFederation,
        Integer ourMembers, Integer competitorMembers, Double ourRate, Double competitorRate, String asOf,
        Integer nonMembers, Integer hires, Integer joined, Integer competitorJoined, Integer notJoined,
        Map<HqQuestion, String> answers, List<SheetProblem> problems, String fileName, Instant uploadedAt) {

    public UnionRow {
        answers = Map.copyOf(answers);
        problems = List.copyOf(problems);
    }

    /** 加入率: joined ÷ new hires, or {@code null} without hires. */
    public Double joinRate() {
        return hires == null || hires == 0 || joined == null ? null : joined * 100.0 / hires;
    }

    /** A competing union is there: named on the sheet, or with members or joiners. */
    public boolean hasCompetitor() {
        return competitorFederation != null && !HqSheet.NONE.equals(competitorFederation)
                || competitorMembers != null && competitorMembers > 0
                || competitorJoined != null && competitorJoined > 0;
    }
}
