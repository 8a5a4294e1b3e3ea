package no.sentret.infra.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * Several replicas of an app starting at the same moment, each running its Flyway migrations at start (issue 14: k8s
 * runs two or more replicas and a rolling update may start them together). Each "replica" is a Flyway of its own with
 * its own connections, configured from the app's own settings ({@code quarkus.flyway.*}), started behind one latch
 * against one fresh schema; Flyway's PostgreSQL lock is what must make them take turns.
 *
 * <p>The outcome is compared with the same migrations run once, alone, in a second fresh schema: same tables and
 * columns, and every version in the history exactly once.
 */
public final class ReplicaMigrations {

    /** What the replicas left: failures (none expected), each version's successful rows in the history, the shape. */
    public record Outcome(List<String> failures, Map<String, Integer> successfulRowsPerVersion, List<String> shape) {}

    private final Config config = ConfigProvider.getConfig();
    private final String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
    private final String user = config.getValue("quarkus.datasource.username", String.class);
    private final String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");

    /** Migrates a fresh schema from {@code replicas} Flyways at once, and reads what they left; the schema is dropped. */
    public Outcome startTogether(int replicas) throws Exception {
        String schema = freshSchemaName();
        create(schema);
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return flyway(schema).migrate();
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
            return new Outcome(failures, history(schema), shape(schema));
        } finally {
            pool.shutdownNow();
            drop(schema);
        }
    }

    /** The tables and columns the migrations make when one replica runs them alone. */
    public List<String> shapeAlone() throws SQLException {
        String schema = freshSchemaName();
        create(schema);
        try {
            flyway(schema).migrate();
            return shape(schema);
        } finally {
            drop(schema);
        }
    }

    private Flyway flyway(String schema) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .schemas(schema)
                .createSchemas(false)
                .locations(config.getValue("quarkus.flyway.locations", String[].class))
                .outOfOrder(config.getOptionalValue("quarkus.flyway.out-of-order", Boolean.class).orElse(false))
                .ignoreMigrationPatterns(config.getOptionalValue("quarkus.flyway.ignore-migration-patterns", String[].class)
                        .orElse(new String[] {"*:future"}))
                .load();
    }

    private Map<String, Integer> history(String schema) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(version, description) as v, count(*) from \"" + schema
                        + "\".flyway_schema_history where success and type <> 'SCHEMA' group by 1")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getInt(2));
            }
        }
        return rows;
    }

    /** Tables (with their columns and types) and indexes, in a fixed order, without the schema's name. */
    private List<String> shape(String schema) throws SQLException {
        List<String> shape = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select table_name, column_name, data_type from information_schema.columns"
                    + " where table_schema = '" + schema + "' and table_name <> 'flyway_schema_history'"
                    + " order by table_name, column_name")) {
                while (r.next()) {
                    shape.add(r.getString(1) + "." + r.getString(2) + " " + r.getString(3));
                }
            }
            try (ResultSet r = s.executeQuery("select indexname from pg_indexes where schemaname = '" + schema
                    + "' and tablename <> 'flyway_schema_history' order by indexname")) {
                while (r.next()) {
                    shape.add("index " + r.getString(1));
                }
            }
        }
        return shape;
    }

    /** As in production, the schema is there before the replicas start (the operator made the database). */
    private void create(String schema) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create schema \"" + schema + "\"");
        }
    }

    private void drop(String schema) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists \"" + schema + "\" cascade");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String freshSchemaName() {
        return "replicas_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
