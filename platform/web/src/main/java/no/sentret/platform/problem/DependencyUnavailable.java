package no.sentret.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the service's own database connection apart from a bug: the first is a 503
 * the caller can retry, the second stays a 500.
 */
final class DependencyUnavailable {

    static final Problem PROBLEM = Problem.of(503, "Service Unavailable",
            "the service's database is unavailable; try again shortly with the same Idempotency-Key"
                    + " (should the database have gone away while committing, the retry is told it was recorded)", null);
    static final int RETRY_AFTER_SECONDS = 5;

    /** SQLState class 08: connection exception (PostgreSQL and the SQL standard). */
    private static final String CONNECTION_STATE_CLASS = "08";
    /**
     * PostgreSQL going down or coming up: 57P01 admin_shutdown (its connections cut by a restart),
     * 57P02 crash_shutdown, 57P03 cannot_connect_now ("the database system is starting up" while it
     * recovers). Not the whole class 57: 57014 is a cancelled statement, which a retry would repeat.
     */
    private static final java.util.Set<String> SERVER_RESTARTING = java.util.Set.of("57P01", "57P02", "57P03");

    private DependencyUnavailable() {
    }

    static boolean isCause(Throwable e) {
        return isCause(e, 0);
    }

    /**
     * The causes and the suppressed exceptions: a commit cut by the database going away is a
     * RollbackException whose I/O error is suppressed, not its cause (Narayana's XAException).
     */
    private static boolean isCause(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 10; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                if (isCause(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_STATE_CLASS) || SERVER_RESTARTING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
