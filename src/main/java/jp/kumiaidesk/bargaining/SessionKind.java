package jp.kumiaidesk.bargaining;

/** What kind of meeting with the employer a session was. */
public enum SessionKind {
    COLLECTIVE_BARGAINING, WORKING_TALKS, SUBCOMMITTEE, DEMAND_SUBMISSION, ANSWER;

    public String translationKey() {
        return "session.kind." + name().toLowerCase().replace('_', '-');
    }
}
