package jp.kumiaidesk.recruitment;

/** 雇用形態: 正規 and the non-regular kinds (会計年度任用, 任期付, 再任用). */
public enum EmploymentType {
    REGULAR, FISCAL_YEAR, FIXED_TERM, REEMPLOYED;

    public String translationKey() {
        return "hire.employment." + name();
    }
}
