package no.sentret.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DependencyUnavailableTest {

    private final RequestProblemMappers mappers = new RequestProblemMappers();

    @Test
    void aLostDatabaseConnectionIsARetryable503() {
        // what Agroal throws when no connection can be made, wrapped as Hibernate and the transaction layer do
        Throwable e = new IllegalStateException("commit failed",
                new JDBCConnectionException("could not open connection", new SQLException("Connection refused", "08001")));
        Response response = mappers.unexpected(e);
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void aPoolTimeoutIsUnavailableToo() {
        assertTrue(DependencyUnavailable.isCause(new RuntimeException(new SQLTransientConnectionException("pool exhausted"))));
    }

    /**
     * A restart of PostgreSQL: connections are cut with 57P01 (terminating connection due to
     * administrator command), and while the server recovers a new connection is refused with 57P03
     * (the database system is starting up). Both pass within seconds: a 503, not a 500 (FaultsIT met
     * the 500 on POST /api/clients while the restarted server replayed its log).
     */
    @Test
    void aDatabaseShuttingDownOrStartingUpIsARetryable503() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            Throwable e = new IllegalStateException("could not acquire connection",
                    new SQLException("FATAL: the database system is starting up", state));
            Response response = mappers.unexpected(e);
            assertEquals(503, response.getStatus(), state);
            assertEquals("5", response.getHeaderString("Retry-After"), state);
        }
    }

    /**
     * PostgreSQL stopped while a transaction commits: Narayana throws a RollbackException with the
     * driver's I/O error suppressed in an XAException, not as its cause (FaultsIT met the 500).
     */
    @Test
    void aCommitCutByTheDatabaseGoingAwayIsA503() {
        Exception rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction: An I/O error occurred while sending to the backend.",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        rollback.addSuppressed(xa);
        Response response = mappers.unexpected(new RuntimeException("Error invoking subclass method", rollback));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
    }

    @Test
    void aQueryCancelledByTheOperatorIsNoOutage() {
        // 57014: query_canceled (a statement timeout): the same request would fail the same way
        assertFalse(DependencyUnavailable.isCause(new SQLException("canceling statement due to statement timeout", "57014")));
    }

    @Test
    void anyOtherFailureStaysA500WithoutInternals() {
        Response response = mappers.unexpected(new RuntimeException(new SQLException("duplicate key", "23505")));
        assertEquals(500, response.getStatus());
        assertFalse(((Problem) response.getEntity()).detail().contains("duplicate"));
    }
}
