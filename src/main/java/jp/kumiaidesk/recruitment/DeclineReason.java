package jp.kumiaidesk.recruitment;

/** Why a new hire did not join (未加入): a code, so the reasons can be counted. */
public enum DeclineReason {
    NO_INTEREST, DUES, NO_TIME, FAMILY, DISTRUST, OTHER;

    public String translationKey() {
        return "hire.decline." + name();
    }
}
