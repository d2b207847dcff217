package jp.kumiaidesk.recruitment;

/** How a recruiter reached the new hire. */
public enum ContactMethod {
    FACE_TO_FACE, BRIEFING, PHONE, MESSAGE, OTHER;

    public String translationKey() {
        return "hire.contact-method." + name();
    }
}
