package jp.kumiaidesk.base;

/**
 * Somebody else saved the same record after it was opened. The caller keeps what its user typed and tells them,
 * rather than overwriting the other person's change.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    /** Throws when the version the user started from is no longer the stored one. */
    public static void check(AbstractEntity entity, long expectedVersion) {
        if (entity.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(entity.getClass().getSimpleName(), entity.getId());
        }
    }
}
