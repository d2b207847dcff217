package jp.kumiaidesk.base;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * A unique key refused a row (MariaDB 1062, SQLState 23000). Where a name must be free, the key is what decides:
 * the look beforehand only gives the usual answer sooner, and two people taking the same name at the same moment
 * (or on two app nodes) still get that answer instead of an incident.
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    /** Whether {@code error} (or one of its causes) is a duplicate key. */
    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DuplicateKeyException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1062 || sql.getErrorCode() == 1586)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs an insert; a duplicate key becomes the field's "already taken" message. The statement failed and the
     * transaction rolls back with the exception, as it would with the look beforehand.
     */
    public static <T> T refused(String field, String messageKey, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (DataIntegrityViolationException e) {
            if (is(e)) {
                throw new FieldRejectedException(field, messageKey);
            }
            throw e;
        }
    }
}
