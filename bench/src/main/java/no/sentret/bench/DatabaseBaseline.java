package no.sentret.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * What the database alone needs for a front-desk click: one visit row and one outbox row per
 * transaction, committed synchronously, by N connections in closed loops (pgbench's shape). The
 * tables are visit-service's {@code visit} and the kit's {@code outbox_event}, with their indexes,
 * in a database of their own on the same server as the services'.
 * Two equivalent drivers: a JDBC loop (needs nothing beyond Java) and, when installed, pgbench.
 */
final class DatabaseBaseline {

    private static final String SCHEMA = """
            create table if not exists visit (
                id uuid primary key, client_code varchar(12), arrived_at timestamptz not null,
                activities varchar(200) not null, voided_at timestamptz, void_reason varchar(500),
                recorded_at timestamptz not null default now());
            create index if not exists visit_arrived_at on visit (arrived_at);
            create index if not exists visit_client on visit (client_code);
            create table if not exists outbox_event (
                id bigserial primary key, event_id uuid not null unique, type varchar(64) not null,
                schema_version int not null, occurred_at timestamptz not null, recorded_at timestamptz not null,
                source varchar(64) not null, client_code varchar(32), payload jsonb not null)""";
    private static final String INSERT_VISIT =
            "insert into visit (id, client_code, arrived_at, activities, voided_at, void_reason, recorded_at) values (?, null, ?, 'CONVERSATION,MEAL', null, null, ?)";
    private static final String INSERT_EVENT =
            "insert into outbox_event (event_id, type, schema_version, occurred_at, recorded_at, source, client_code, payload) "
                    + "values (?, 'VisitRecorded', 1, ?, ?, 'bench', null, cast(? as jsonb))";
    private static final String PGBENCH_SCRIPT = """
            \\set n random(1, 1000000000)
            BEGIN;
            INSERT INTO visit (id, client_code, arrived_at, activities, voided_at, void_reason, recorded_at) VALUES (gen_random_uuid(), NULL, now(), 'CONVERSATION,MEAL', NULL, NULL, now());
            INSERT INTO outbox_event (event_id, type, schema_version, occurred_at, recorded_at, source, client_code, payload) VALUES (gen_random_uuid(), 'VisitRecorded', 1, now(), now(), 'bench', NULL, jsonb_build_object('visitId', gen_random_uuid(), 'clientCode', NULL, 'occurredAt', now(), 'activities', jsonb_build_array('CONVERSATION', 'MEAL'), 'n', :n));
            END;
            """;

    private final String jdbcUrl;
    private final String user;
    private final int port;
    private final String database;

    DatabaseBaseline(String jdbcUrl, String user, int port, String database) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.port = port;
        this.database = database;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, ""); Statement s = c.createStatement()) {
            for (String statement : SCHEMA.split(";")) {
                s.execute(statement);
            }
        }
    }

    /** The JDBC loop: each connection inserts the two rows and commits, as fast as the server allows. */
    GatewayBench.Result jdbc(int connections, int seconds) throws Exception {
        Histogram latency = new Histogram(60_000_000L, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(() -> {
                Histogram mine = new Histogram(60_000_000L, 3);
                try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
                     PreparedStatement visit = c.prepareStatement(INSERT_VISIT);
                     PreparedStatement event = c.prepareStatement(INSERT_EVENT)) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        Timestamp now = Timestamp.from(Instant.now());
                        UUID id = UUID.randomUUID();
                        visit.setObject(1, id);
                        visit.setTimestamp(2, now);
                        visit.setTimestamp(3, now);
                        visit.executeUpdate();
                        event.setObject(1, UUID.randomUUID());
                        event.setTimestamp(2, now);
                        event.setTimestamp(3, now);
                        event.setString(4, "{\"visitId\":\"" + id + "\",\"clientCode\":null,\"occurredAt\":\"" + now.toInstant()
                                + "\",\"activities\":[\"CONVERSATION\",\"MEAL\"]}");
                        event.executeUpdate();
                        c.commit();
                        mine.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                        ok.incrementAndGet();
                    }
                } catch (SQLException e) {
                    if (errors.getAndIncrement() == 0) {
                        System.out.println("baseline: " + e);
                    }
                }
                synchronized (latency) {
                    latency.add(mine);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new GatewayBench.Result(ok.get(), errors.get(), seconds, latency);
    }

    static boolean pgbenchAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/pgbench"));
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** pgbench with the same two inserts per transaction; @return {tps, average latency ms}, or null when it failed */
    double[] pgbench(int clients, int seconds, Path work) throws Exception {
        Path script = work.resolve("visit-outbox.sql");
        Files.writeString(script, PGBENCH_SCRIPT, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("/usr/bin/pgbench", "-n", "-c", Integer.toString(clients), "-j", "2",
                "-T", Integer.toString(seconds), "-f", script.toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                "-U", user, database)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher tps = TPS.matcher(out);
        Matcher latency = LATENCY.matcher(out);
        if (p.exitValue() != 0 || !tps.find()) {
            System.out.println("pgbench failed: " + out.trim());
            return null;
        }
        return new double[] {Double.parseDouble(tps.group(1)), latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN};
    }
}
