package no.sentret.e2e.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a service holds, as one value per table: its row count and the newest row version ({@code xmin},
 * which every insert and update moves). Read straight from the suite's PostgreSQL before and after a
 * refused request: equal fingerprints mean the request changed no row of the service — no partial write,
 * no event in the outbox, in any table the API writes, not only the one a read-back would look at.
 *
 * <p>Left out: the tables a request may rightly write while it is refused, or that other components
 * write in the background — the idempotency keys (a refused answer is kept for its key), the audit
 * trail (a read, refused or not, is recorded), the outbox (emptied by the relay at its own pace; an event
 * is written with its change, so a changed domain table shows it), the client directory and the
 * health-team flag (fed by other services' events), and Flyway's history.
 */
final class DataFingerprint implements AutoCloseable {

    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "idempotency_key", "audit_log",
            "outbox_event", "client_directory");
    /** visit-service's copy of the health team's flag is written by its consumer of health-events */
    private static final Map<String, Set<String>> FED_BY_EVENTS = Map.of("visit", Set.of("health_team_invitation"));
    private final int port;
    private final Map<String, Connection> connections = new HashMap<>();
    private final Map<String, String> queries = new HashMap<>();

    DataFingerprint(int postgresPort) {
        this.port = postgresPort;
    }

    /** table → "rows/newest version" of the service's database. */
    Map<String, String> of(String database) {
        try {
            Connection connection = connection(database);
            Map<String, String> fingerprint = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query(database, connection))) {
                while (rows.next()) {
                    fingerprint.put(rows.getString(1), rows.getLong(2) + "/" + rows.getLong(3));
                }
            }
            return fingerprint;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the fingerprint of " + database + ": " + e.getMessage(), e);
        }
    }

    /** The tables whose fingerprint differs, with before → after. */
    static String difference(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + " → " + e.getValue()).collect(Collectors.joining(", "));
    }

    private String query(String database, Connection connection) throws SQLException {
        String cached = queries.get(database);
        if (cached != null) {
            return cached;
        }
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!NOT_DATA.contains(table) && !FED_BY_EVENTS.getOrDefault(database, Set.of()).contains(table)) {
                    tables.add(table);
                }
            }
        }
        String query = tables.stream().map(t -> "select '" + t + "', count(*), coalesce(max(xmin::text::bigint), 0) from \"" + t + "\"")
                .collect(Collectors.joining(" union all "));
        queries.put(database, query);
        return query;
    }

    private Connection connection(String database) throws SQLException {
        Connection connection = connections.get(database);
        if (connection == null || connection.isClosed()) {
            // the embedded server's superuser, no password (platform/local-infra's LocalPostgres)
            connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
            connection.setAutoCommit(true);
            connection.setReadOnly(true);
            connections.put(database, connection);
        }
        return connection;
    }

    @Override
    public void close() {
        connections.values().forEach(c -> {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a read-only connection: nothing was left to keep
            }
        });
    }
}
