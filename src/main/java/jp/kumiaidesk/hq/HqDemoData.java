package jp.kumiaidesk.hq;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.base.DemoData;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;

/** Five neighbouring unions' sheets of this year, so that the demo HQ officer ({@code kenhonbu}) has a roll-up. */
@Component
class HqDemoData implements DemoData {

    private final HqRollupService rollups;

    HqDemoData(HqRollupService rollups) {
        this.rollups = rollups;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    @Transactional
    public void seed() {
        int year = UnionTime.today().minusMonths(3).getYear();
        sheet(year, "みどり市職員労働組合", "全労連・自治労連", 4100, 900, 68.2, 15.0, 600, 250, 120,
                Map.of(HqQuestion.NEW_HIRE_EFFORTS, "採用前説明会（3月）と入庁式後の歓迎会で全員に声かけ",
                        HqQuestion.NEW_HIRE_TROUBLES, "競合組合の勧誘が入庁式の当日から始まる",
                        HqQuestion.DIFFERENTIATION, "共済と職場の相談窓口を具体的に説明している"));
        sheet(year, "北浜市職員労働組合", "全労連・自治労連", 1300, 260, 70.3, 14.1, 120, 70, 15,
                Map.of(HqQuestion.NEW_HIRE_EFFORTS, "青年部が職場ごとに担当を決めて2週間以内に訪問",
                        HqQuestion.QUESTIONS_FOR_OTHERS, "会計年度任用職員への声かけの工夫を知りたい"));
        sheet(year, "川辺市職員労働組合", "旧全官公", 700, 80, 61.4, 7.0, 60, 30, 8,
                Map.of(HqQuestion.NEW_HIRE_TROUBLES, "説明会の時間を当局に認めてもらえない"));
        sheet(year, "山手町職員組合", HqSheet.NONE, 180, 0, 80.0, 0.0, 25, 18, 0,
                Map.of(HqQuestion.VISIBILITY, "機関紙をLINEでも配信"));
        sheet(year, "港南村職員組合", HqSheet.NONE, 52, 0, 86.7, 0.0, 6, 5, 0, Map.of());
    }

    private void sheet(int year, String union, String federation, int ours, int competitor, double ourRate,
            double competitorRate, int hires, int joined, int competitorJoined, Map<HqQuestion, String> answers) {
        List<String> missing = java.util.Arrays.stream(HqQuestion.values()).filter(q -> !answers.containsKey(q))
                .map(HqQuestion::label).toList();
        List<SheetProblem> problems = missing.isEmpty() ? List.of()
                : List.of(new SheetProblem("hq.problem.questions-missing", String.join("、", missing)));
        ParsedSheet sheet = new ParsedSheet(HqSheet.SHEET_NAME, year, "みなと県本部", union, federation, ours,
                competitor, ourRate, competitorRate, year + "-05-01",
                (int) Math.round(ours / ourRate * 100) - ours - competitor, hires, joined, competitorJoined,
                hires - joined - competitorJoined, answers, problems);
        rollups.store(year, union + ".xlsx", sheet, problems);
    }
}
