package jp.kumiaidesk.recruitment;

import java.util.List;

/**
 * 県本部 実態共有用アンケート: the figures every union reports each year, with the survey's own labels, filled in
 * from the workplaces, the tracker and the answers kept in the app.
 */
public record HqSurvey(int year, CohortView cohort, int ourMembers, Integer competitorMembers, int staff,
        String organizationRate, Integer nonMembers, Funnel cohortFigures, String howWeRecruit, String troubles) {

    /** Label and value, in the survey's order. */
    public List<String[]> lines() {
        return List.of(
                new String[] {"調査年度", year + "年度"},
                new String[] {"組織人員数（自治労）", String.valueOf(ourMembers)},
                new String[] {"組織人員数（競合組合）", competitorMembers == null ? "" : String.valueOf(competitorMembers)},
                new String[] {"職員数（正規＋非正規）", String.valueOf(staff)},
                new String[] {"組織率", organizationRate},
                new String[] {"未加入者数", nonMembers == null ? "" : String.valueOf(nonMembers)},
                new String[] {"対象の採用期", cohort == null ? "" : cohort.label(java.util.Locale.JAPANESE)},
                new String[] {"新規採用者数", String.valueOf(cohortFigures.hires())},
                new String[] {"自治労加入者数", String.valueOf(cohortFigures.joined())},
                new String[] {"競合加入者数", String.valueOf(cohortFigures.competitor())},
                new String[] {"未加入者数（新規採用者）", String.valueOf(cohortFigures.hires() - cohortFigures.joined()
                        - cohortFigures.competitor())},
                new String[] {"組織化の取り組み（どのように加入を呼びかけているか）", howWeRecruit == null ? "" : howWeRecruit},
                new String[] {"悩み・課題", troubles == null ? "" : troubles});
    }
}
