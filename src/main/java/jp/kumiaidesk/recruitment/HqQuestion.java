package jp.kumiaidesk.recruitment;

/**
 * The free-text questions of the prefectural HQ's 実態共有用アンケート, in the form's order. {@link #label()} is the
 * HQ's own wording on the sheet (what the roll-up looks for); screens use {@link #translationKey()}.
 */
public enum HqQuestion {
    REQUESTS("県本部・本部への要望"),
    NEW_HIRE_EFFORTS("新採加入の主な取り組み"),
    NEW_HIRE_IDEAS("新規採用者組織化で工夫していること"),
    NEW_HIRE_TROUBLES("新規採用者組織化で悩んでいること"),
    NON_MEMBER_EFFORTS("未加入者対策の主な取り組み"),
    NON_MEMBER_TROUBLES("未加入者対策で悩んでいること"),
    VISIBILITY("組合活動の可視化"),
    SHARING_TROUBLES("組合員との情報共有で悩んでいること"),
    LABOUR_RELATIONS("労使関係・交渉など"),
    QUESTIONS_FOR_OTHERS("他の単組・他の県本部に聞いてみたいこと"),
    DIFFERENTIATION("競合単組との差別化");

    private final String label;

    HqQuestion(String label) {
        this.label = label;
    }

    /** The label cell on the HQ's sheet. */
    public String label() {
        return label;
    }

    public String translationKey() {
        return "survey.q." + name();
    }
}
