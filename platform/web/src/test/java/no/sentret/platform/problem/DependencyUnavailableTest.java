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

    @Test
    void anyOtherFailureStaysA500WithoutInternals() {
        Response response = mappers.unexpected(new RuntimeException(new SQLException("duplicate key", "23505")));
        assertEquals(500, response.getStatus());
        assertFalse(((Problem) response.getEntity()).detail().contains("duplicate"));
    }
}
