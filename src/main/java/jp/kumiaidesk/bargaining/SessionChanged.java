package jp.kumiaidesk.bargaining;

/** Someone saved a session: open forms of it bring in the change. */
public record SessionChanged(long sessionId, String by, long version) {
}
