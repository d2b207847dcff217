package jp.kumiaidesk.sns;

/** Something about a draft changed (content, state, comment, decision): open editors of it refresh. */
public record SnsDraftChanged(long draftId, String by, boolean contentChanged) {
}
