package jp.kumiaidesk.ops;

import java.time.Instant;

/** One backup's outcome: shown on the operations page, and mailed to the administrators when it failed. */
public record BackupRun(Instant startedAt, Instant finishedAt, boolean succeeded, String triggeredBy, String fileName,
        Long bytes, String message) {
}
