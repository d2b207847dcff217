package jp.kumiaidesk.recruitment;

/**
 * The wording of the prefectural HQ's 実態共有用アンケート: the label cells, in the form's order, that the union's
 * export writes and the HQ's roll-up looks for. These are the HQ's words on the HQ's form — the same whatever
 * language the person exporting reads the app in (docs/decisions/0009-hq-rollup.md).
 */
public final class HqSheet {

    public static final String SHEET_NAME = "実態共有用アンケート";
    public static final String PREFECTURE = "県本部";
    public static final String UNION = "単組";
    public static final String RESPONDENT = "記入者お名前";
    public static final String FEDERATION = "上部団体";
    public static final String MEMBERS = "組織人員数（人）";
    public static final String RATE = "組織率（％）";
    public static final String AS_OF = "時点";
    public static final String NON_MEMBERS = "未加入者数（人）";
    public static final String HIRES = "新規採用者数";
    public static final String JOINED = "自治労加入者数";
    public static final String COMPETITOR_JOINED = "競合加入者数";
    public static final String NOT_JOINED = "未加入者数";
    /** Our federation, and the heading of our column. */
    public static final String OURS = "自治労";
    public static final String COMPETITOR = "競合組合";
    /** What a union writes in the competitor's cells when there is no competing union. */
    public static final String NONE = "なし";
    public static final String FORMULA = "※組織率＝組合員数÷（正規職員数＋会計年度任用職員など非正規職員数）×100";

    private HqSheet() {
    }

    /** 実態共有用アンケート（2026年度）: the title row, which also tells the roll-up the year. */
    public static String title(int year) {
        return SHEET_NAME + "（" + year + "年度）";
    }
}
