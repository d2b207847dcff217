package jp.kumiaidesk.base;

import java.sql.SQLTransientConnectionException;

import org.springframework.dao.TransientDataAccessResourceException;

/** What MariaDB Connector/J reports when its database node died under a transaction, for tests that simulate it. */
public final class LostNode {

    private LostNode() {
    }

    /** The driver moved to another node in the middle of a transaction (SQLState 25S03). */
    public static SQLTransientConnectionException driverReport() {
        return new SQLTransientConnectionException("Driver has reconnect connection after a communications link "
                + "failure with 127.0.0.1:3311. In progress transaction was lost", "25S03");
    }

    /** The same as Spring hands it to a caller whose COMMIT went unanswered. */
    public static TransientDataAccessResourceException commitUnanswered() {
        return new TransientDataAccessResourceException("Unable to commit", driverReport());
    }
}
