package no.sentret.stats.ingest;

import java.sql.SQLException;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a failure of the statistics database means, and how to say it without the values involved.
 * A data error (SQLState class 22 "data exception" or 23 "integrity constraint violation") is the
 * fault of the event being written and will fail the same way on every retry; anything else
 * (connection lost, serialization failure, a missing table) may pass and is retried. The driver's
 * own messages can quote the failing row or statement parameters (client codes), so logs, dead-letter
 * reasons and the rebuild status use {@link #describe} instead.
 */
public final class DatabaseErrors {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("22001", "value too long"),
            Map.entry("22003", "numeric value out of range"),
            Map.entry("22007", "invalid datetime format"),
            Map.entry("22008", "datetime field overflow"),
            Map.entry("22021", "character not in repertoire"),
            Map.entry("22P02", "invalid text representation"),
            Map.entry("22P05", "untranslatable character"),
            Map.entry("23502", "not-null violation"),
            Map.entry("23503", "foreign key violation"),
            Map.entry("23505", "unique violation"),
            Map.entry("23514", "check violation"));
    private static final int MAX_LENGTH = 300;

    private DatabaseErrors() {
    }

    /** @return true when the failure is the written values' fault: retrying the same event cannot succeed */
    public static boolean isDataError(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    /** The first SQLState in the chain (a JDBC batch's own exception and the ones it wraps), or null. */
    public static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t, failure)) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                return e.getSQLState();
            }
        }
        return null;
    }

    /**
     * A one-line description without row values: for a data error only its SQLState and name, for
     * other database errors the server's primary message (which names objects, not values), for
     * anything else the exception's type and first line.
     */
    public static String describe(Throwable failure) {
        String state = sqlState(failure);
        if (state == null) {
            return shorten(failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage()));
        }
        if (isDataError(failure)) {
            return "SQLState " + state + " (" + NAMES.getOrDefault(state, state.startsWith("22")
                    ? "data exception" : "integrity constraint violation") + ")";
        }
        String primary = primaryMessage(failure);
        return shorten("SQLState " + state + (primary == null ? "" : ": " + primary));
    }

    private static String primaryMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t, failure)) {
            if (t instanceof PSQLException e) {
                ServerErrorMessage server = e.getServerErrorMessage();
                // without a server message the driver's own text (e.g. "connection refused") holds no values
                return server != null ? server.getMessage() : firstLine(e.getMessage());
            }
        }
        return null;
    }

    /** The wrapped failure: a JDBC batch's next exception, else the cause (null at the end or on a cycle). */
    private static Throwable next(Throwable t, Throwable first) {
        Throwable n = t instanceof SQLException e && e.getNextException() != null ? e.getNextException() : t.getCause();
        return n == t || n == first ? null : n;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String shorten(String s) {
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 1) + "…";
    }
}
