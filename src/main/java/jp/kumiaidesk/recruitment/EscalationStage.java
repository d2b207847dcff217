package jp.kumiaidesk.recruitment;

/** Who approaches the new hire now: 担当者 → 青年部・女性部役員 → 組織強化担当 → 執行部. */
public enum EscalationStage {
    RECRUITER, SECTION_OFFICER, ORGANIZER, EXECUTIVE;

    public String translationKey() {
        return "hire.stage." + name();
    }
}
