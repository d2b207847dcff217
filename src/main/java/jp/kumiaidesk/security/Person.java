package jp.kumiaidesk.security;

/** Someone other features mention by name: an approver, an author. */
public record Person(String username, String displayName, String email) {
}
