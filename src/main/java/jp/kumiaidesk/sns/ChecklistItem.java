package jp.kumiaidesk.sns;

/**
 * The review checklist from the union's SNS handbook (①–③ of its practical rules, the だいじかな check and the
 * union's own limits; ④ is how to answer attacks and ⑤ the correction after posting, see {@code correct}). A reviewer ticks every item for the version in front of them
 * before they can approve it.
 */
public enum ChecklistItem {
    /** 街頭宣伝で話せる内容か */
    STREET_SPEECH,
    /** 著作権・肖像権: everyone pictured agreed */
    RIGHTS,
    /** ③ フェイクニュースを発信・拡散しない: the source (ネタ元) and its date were checked */
    SOURCE_CHECK,
    /** だいじかな: だれ・いつ・じじつ・かんけい・なぜ */
    FACT_CHECK,
    /** NO知識の人にもわかるか */
    NO_KNOWLEDGE,
    /** no employer-confidential or personal information */
    NO_CONFIDENTIAL,
    /** civil-servant political-activity limits respected */
    POLITICAL_LIMITS;

    public String labelKey() {
        return "sns.check." + name().toLowerCase().replace('_', '-');
    }
}
