package no.sentret.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL spends per front-desk click for three ways of carrying a change's event (issue 20), measured with
 * pgbench against one server (8 clients, prepared statements, synchronous commit):
 * <ul>
 *   <li>{@code table}: today's outbox — a visit row and an outbox row in one transaction (four round trips), and
 *       beside it one connection draining the outbox as the relay does ({@code delete ... returning}, 200 rows a
 *       batch, every 10 ms);</li>
 *   <li>{@code cte}: the same two rows in one statement ({@code with v as (insert ...) insert ...}), one round
 *       trip, drained the same way;</li>
 *   <li>{@code cte-tx}: that statement between {@code BEGIN} and {@code END}, three round trips: what merging the
 *       two statements saves apart from the round trips;</li>
 *   <li>{@code wal}: the visit row and the event written to the WAL with {@code pg_logical_emit_message(true, ...)}
 *       (transactional), read by {@code pg_recvlogical} through a {@code pgoutput} slot of an empty publication, as
 *       a relay reading the outbox from the WAL would.</li>
 * </ul>
 * Needs a server with {@code wal_level=logical} and Debian's {@code pgbench} and {@code pg_recvlogical}; the
 * modes take turns, so a drift of the machine's load touches all of them. Prints throughput and CPU milliseconds per
 * transaction of PostgreSQL (the postmaster and every backend, the WAL sender included), pgbench and the reader.
 * <p>
 * {@code bench/run OutboxTransportBench <host> <port> [seconds=20] [rounds=2]} (user postgres, trust auth).
 */
public final class OutboxTransportBench {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final String DATABASE = "outbox_transports";
    private static final String EVENT = "jsonb_build_object('visitId', gen_random_uuid(), 'clientCode', NULL, 'occurredAt', now(), "
            + "'activities', jsonb_build_array('CONVERSATION', 'MEAL'), 'n', (:n)::int)";
    private static final String VISIT = "INSERT INTO visit (id, client_code, arrived_at, activities, voided_at, void_reason, recorded_at) "
            + "VALUES (gen_random_uuid(), NULL, now(), 'CONVERSATION,MEAL', NULL, NULL, now())";
    private static final Map<String, String> SCRIPTS = new LinkedHashMap<>();

    static {
        SCRIPTS.put("table", "\\set n random(1, 1000000000)\nBEGIN;\n" + VISIT + ";\n"
                + "INSERT INTO outbox_event (event_id, type, schema_version, occurred_at, recorded_at, source, client_code, payload) "
                + "VALUES (gen_random_uuid(), 'VisitRecorded', 1, now(), now(), 'bench', NULL, " + EVENT + ");\nEND;\n");
        SCRIPTS.put("cte", "\\set n random(1, 1000000000)\nWITH v AS (" + VISIT + " RETURNING id) "
                + "INSERT INTO outbox_event (event_id, type, schema_version, occurred_at, recorded_at, source, client_code, payload) "
                + "SELECT gen_random_uuid(), 'VisitRecorded', 1, now(), now(), 'bench', NULL, " + EVENT + " FROM v;\n");
        // the same statement inside BEGIN ... END: what merging the statements saves, without the round trips of BEGIN and END
        SCRIPTS.put("cte-tx", SCRIPTS.get("cte").replace("WITH v AS", "BEGIN;\nWITH v AS") + "END;\n");
        SCRIPTS.put("wal", "\\set n random(1, 1000000000)\nBEGIN;\n" + VISIT + ";\n"
                + "SELECT pg_logical_emit_message(true, 'sentret.outbox', jsonb_build_object('eventId', gen_random_uuid(), "
                + "'type', 'VisitRecorded', 'schemaVersion', 1, 'occurredAt', now(), 'recordedAt', now(), 'source', 'bench', "
                + "'payload', " + EVENT + ")::text);\nEND;\n");
    }

    private static final String DRAIN = "delete from outbox_event where id in (select id from outbox_event order by id limit 200) "
            + "returning id, event_id, type, schema_version, occurred_at, recorded_at, source, client_code, payload;\n\\sleep 10 ms\n";
    private static final String SCHEMA = """
            create table visit (
                id uuid primary key, client_code varchar(12), arrived_at timestamptz not null,
                activities varchar(200) not null, voided_at timestamptz, void_reason varchar(500),
                recorded_at timestamptz not null default now());
            create index visit_arrived_at on visit (arrived_at);
            create index visit_client on visit (client_code);
            create table outbox_event (
                id bigserial primary key, event_id uuid not null unique, type varchar(64) not null,
                schema_version int not null, occurred_at timestamptz not null, recorded_at timestamptz not null,
                source varchar(64) not null, client_code varchar(32), payload jsonb not null);
            create publication sentret_outbox""";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private OutboxTransportBench() {
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        String port = args[1];
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        Path dataDir;
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            String walLevel = single(s, "show wal_level");
            if (!"logical".equals(walLevel)) {
                System.out.println("wal_level is " + walLevel + ": the wal mode needs wal_level=logical (postgresql.conf, then a restart)");
                return;
            }
            dataDir = Path.of(single(s, "show data_directory"));
            s.execute("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = 'outbox_bench'");
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE);
            System.out.printf("PostgreSQL %s, synchronous_commit=%s, fsync=%s; %d s a mode, %d rounds%n", single(s, "show server_version"),
                    single(s, "show synchronous_commit"), single(s, "show fsync"), seconds, rounds);
        }
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + DATABASE;
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            for (String statement : SCHEMA.split(";")) {
                s.execute(statement);
            }
            s.execute("select pg_create_logical_replication_slot('outbox_bench', 'pgoutput')");
        }
        Path work = Files.createTempDirectory("outbox-transports-");
        for (Map.Entry<String, String> script : SCRIPTS.entrySet()) {
            Files.writeString(work.resolve(script.getKey() + ".sql"), script.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(work.resolve("drain.sql"), DRAIN, StandardCharsets.UTF_8);
        try {
            for (int r = 1; r <= rounds; r++) {
                for (String mode : SCRIPTS.keySet()) {
                    measure(mode, r, host, port, seconds, work, dataDir);
                }
            }
        } finally {
            try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = 'outbox_bench'");
            }
        }
    }

    private static void measure(String mode, int round, String host, String port, int seconds, Path work, Path dataDir) throws Exception {
        List<String> pgbench = List.of(BIN.resolve("pgbench").toString(), "-n", "-M", "prepared", "-h", host, "-p", port, "-U", "postgres");
        Process reader = "wal".equals(mode)
                ? new ProcessBuilder(BIN.resolve("pg_recvlogical").toString(), "-h", host, "-p", port, "-U", "postgres", "-d", DATABASE,
                        "--slot", "outbox_bench", "--start", "-o", "proto_version=1", "-o", "publication_names=sentret_outbox",
                        "-o", "messages=true", "-f", "/dev/null", "-F", "1").redirectErrorStream(true).redirectOutput(work.resolve("recv.log").toFile()).start()
                : new ProcessBuilder(concat(pgbench, "-c", "1", "-T", Integer.toString(seconds + 4), "-f", work.resolve("drain.sql").toString(), DATABASE))
                        .redirectErrorStream(true).redirectOutput(work.resolve("drain.log").toFile()).start();
        Process load = new ProcessBuilder(concat(pgbench, "-c", "8", "-j", "2", "-T", Integer.toString(seconds),
                "-f", work.resolve(mode + ".sql").toString(), DATABASE)).redirectErrorStream(true).start();
        CpuMeter cpu = new CpuMeter().addTree("PostgreSQL", CpuMeter.postmaster(dataDir)).add("pgbench", load.toHandle())
                .add("wal".equals(mode) ? "reader" : "drain", reader.toHandle());
        Thread.sleep(2_000); // the connections are up, the backends exist
        Map<String, Long> before = cpu.snapshotMillis();
        long from = System.nanoTime();
        Thread.sleep((seconds - 3) * 1000L);
        Map<String, Long> used = CpuMeter.delta(before, cpu.snapshotMillis());
        double window = (System.nanoTime() - from) / 1e9;
        String out = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        load.waitFor();
        reader.destroy();
        reader.waitFor();
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            System.out.println(mode + ": pgbench failed: " + out.trim());
            return;
        }
        double rate = Double.parseDouble(tps.group(1));
        StringBuilder line = new StringBuilder(String.format("round %d %-6s %,7.0f TPS; CPU ms per transaction:", round, mode, rate));
        used.forEach((k, v) -> line.append(String.format(" %s %.3f", k, v / (rate * window))));
        System.out.println(line.append(String.format("; load %.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
