package jp.kumiaidesk.hq;

import java.util.List;
import java.util.Map;

import jp.kumiaidesk.recruitment.HqQuestion;

/**
 * What one worksheet says, found by its labels: figures are {@code null} where the sheet has none (the problems say
 * so); rates are percentages (27.2 for 27.2%).
 */
record ParsedSheet(String sheetName, Integer statedYear, String prefecture, String unionName,
        String competitorFederation, Integer ourMembers, Integer competitorMembers, Double ourRate,
        Double competitorRate, String asOf, Integer nonMembers, Integer hires, Integer joined,
        Integer competitorJoined, Integer notJoined, Map<HqQuestion, String> answers, List<SheetProblem> problems) {

    boolean rejected() {
        return problems.stream().anyMatch(SheetProblem::fatal);
    }
}
