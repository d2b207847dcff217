package jp.kumiaidesk.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.orm.jpa.JpaSystemException;

/** What MariaDB Connector/J reports when its database node died under a transaction, for tests that simulate it. */
public final class LostNode {

    private LostNode() {
    }

    /** The driver moved to another node in the middle of a transaction (SQLState 25S03). */
    public static SQLTransientConnectionException driverReport() {
        return new SQLTransientConnectionException("Driver has reconnect connection after a communications link "
                + "failure with 127.0.0.1:3311. In progress transaction was lost", "25S03");
    }

    /** The same as Spring hands it to a caller whose statement (a read, a save's work) met it. */
    public static DataAccessResourceFailureException statementLost() {
        return new DataAccessResourceFailureException("simulated", driverReport());
    }

    /**
     * What the driver reports when the Galera node it writes to was cut off from the other two (a partition) while it
     * committed, as Spring hands it to the caller. The write-set may have reached the other nodes all the same.
     */
    public static JpaSystemException commitRefused() {
        return new JpaSystemException(new RuntimeException("Unable to commit against JDBC Connection",
                new SQLException("(conn=20) Error while appending streaming replication fragment(provider status: Not "
                        + "connected to Primary Component)", "HY000", 1180)));
    }

    /** The same as Spring hands it to a caller whose COMMIT went unanswered. */
    public static TransientDataAccessResourceException commitUnanswered() {
        return new TransientDataAccessResourceException("Unable to commit", driverReport());
    }
}
