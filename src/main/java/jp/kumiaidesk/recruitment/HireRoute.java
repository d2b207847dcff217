package jp.kumiaidesk.recruitment;

/** 採用区分: 新卒 or 社会人経験者. */
public enum HireRoute {
    NEW_GRADUATE, MID_CAREER;

    public String translationKey() {
        return "hire.route." + name();
    }
}
