package no.sentret.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.postgres.LocalPostgres;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * The write path end to end (issue 20) and the health consultation beside it (issue 10), in one run
 * against one PostgreSQL server configured like pgbench's (fsync and synchronous commit on):
 * <ol>
 *   <li>the database baseline: 8 connections each inserting one visit row and one outbox row per
 *       transaction (a JDBC loop, and pgbench with the same script when it is installed);</li>
 *   <li>{@code POST /visits} straight to visit-service;</li>
 *   <li>{@code POST /api/visits} through the gateway;</li>
 *   <li>{@code POST /api/health/consultations} through the gateway (one PEP line for a registered client).</li>
 * </ol>
 * Rounds alternate the four so drift on the shared machine hits all of them. Prints throughput,
 * p50/p99, the ratios, CPU milliseconds per request of each of our processes, and the outbox lag from
 * commit to a consumer of {@code visit-events} (every measured visit must arrive).
 * Args: [concurrency=16] [secondsPerRound=10] [rounds=2] [baselineConnections=8].
 * {@code SENTRET_BENCH_WARMUP} seconds of warm-up per request kind before the measured rounds (default: secondsPerRound);
 * the consultations' as long as the visit kinds' together (one service's code each).
 * {@code SENTRET_BENCH_CONSULTATION_SERVICES} (1-4, default 1): the consultation's services (PEP, then counselling,
 * then two STI tests): a clinic's consultation often has several, each its own line and event.
 * {@code SENTRET_BENCH_JFR=1} records a Java Flight Recorder profile of visit-service, health-service
 * and the gateway over the measured rounds (read it with {@code bench/run JfrProfile <file>}).
 */
public final class WritePathBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VISIT = "{\"activities\":[\"CONVERSATION\",\"MEAL\"]}";
    private static final String WARM_UP_VISIT = "{\"activities\":[\"REST\"]}";
    private static final String NAMED_VISITS = "gateway POST /api/visits (registered)";
    private static final String BARE_PROXY_VISITS = "bare proxy POST /visits";
    /**
     * {@code SENTRET_BENCH_BARE_PROXY=1}: also {@code POST /visits} through {@link BareProxy}, a process of its own
     * in front of the same visit-service: what any proxy costs at the least, beside what the gateway costs.
     */
    static final boolean BARE_PROXY = "1".equals(System.getenv("SENTRET_BENCH_BARE_PROXY"));

    /** A consultation's services, the first {@code SENTRET_BENCH_CONSULTATION_SERVICES} of them. */
    private static final List<String> SERVICES = List.of("{\"category\":\"PEP\"}",
            "{\"category\":\"COUNSELLING\",\"topics\":[\"SAFER_SEX\"]}",
            "{\"category\":\"STI_TEST\",\"infection\":\"CHLAMYDIA\",\"sampleSites\":[\"URINE\"]}",
            "{\"category\":\"STI_TEST\",\"infection\":\"GONORRHOEA\",\"sampleSites\":[\"URINE\"]}");
    static final String CONSULTATION_SERVICES = String.join(",", SERVICES.subList(0,
            Integer.parseInt(System.getenv().getOrDefault("SENTRET_BENCH_CONSULTATION_SERVICES", "1"))));

    /** The same visit for a registered client. */
    private static String namedVisit(String code, String visit) {
        return "{\"clientCode\":\"" + code + "\"," + visit.substring(1);
    }

    /** One checkout's visit-service, health-service and gateway, with a broker of their own (each health-service's directory reads its own visit-events). */
    static final class Stack implements AutoCloseable {
        final String label;
        final KafkaBroker kafka;
        Process visit;
        Process health;
        Process gateway;
        Process bareProxy;
        String direct;
        String viaBareProxy;
        String viaGateway;
        final List<String> codes = new ArrayList<>();
        final Map<String, Target> targets = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> cpuByTarget = new LinkedHashMap<>();
        CpuMeter cpu;
        KafkaConsumer<String, String> consumer;
        VisitThroughputBench.LagCollector lag;
        Thread lagThread;

        final Map<String, String> settings;

        private final LocalPostgres pg;

        Stack(String label, Path root, Map<String, String> settings, LocalPostgres pg, Path work, KeyPair keys) throws Exception {
            this.label = label;
            this.pg = pg;
            this.settings = settings;
            for (String app : List.of("visit-service", "health-service", "gateway")) {
                GatewayBench.requireJar(root.resolve(app + "/target/quarkus-app/quarkus-run.jar"));
            }
            pg.ensureDatabase("visit_" + database(label));
            pg.ensureDatabase("health_" + database(label));
            kafka = KafkaBroker.start(work.resolve("kafka-" + label), 0, work.resolve(label + "-kafka.log"));
            try {
                startApps(root, pg, work, keys);
            } catch (Exception e) {
                close();
                throw e;
            }
        }

        private void startApps(Path root, LocalPostgres pg, Path work, KeyPair keys) throws Exception {
            Path visitJar = root.resolve("visit-service/target/quarkus-app/quarkus-run.jar");
            Path healthJar = root.resolve("health-service/target/quarkus-app/quarkus-run.jar");
            Path gatewayJar = root.resolve("gateway/target/quarkus-app/quarkus-run.jar");
            int visitPort = KafkaBroker.freePort();
            int healthPort = KafkaBroker.freePort();
            int gatewayPort = KafkaBroker.freePort();
            Map<String, String> common = new LinkedHashMap<>(settings);
            common.putAll(Map.of("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", "", "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
            visit = GatewayBench.start(visitJar, keys, work.resolve(label + "-visit-service.log"), with(common,
                    "QUARKUS_HTTP_PORT", Integer.toString(visitPort), "QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl("visit_" + database(label))));
            health = GatewayBench.start(healthJar, keys, work.resolve(label + "-health-service.log"), with(common,
                    "QUARKUS_HTTP_PORT", Integer.toString(healthPort), "QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl("health_" + database(label))));
            Map<String, String> gatewaySettings = new LinkedHashMap<>(GatewayBench.GATEWAY_SETTINGS);
            gatewaySettings.putAll(settings);
            gateway = GatewayBench.start(gatewayJar, keys, work.resolve(label + "-gateway.log"), with(gatewaySettings,
                    "QUARKUS_HTTP_PORT", Integer.toString(gatewayPort),
                    "VISIT_SERVICE_URL", "http://localhost:" + visitPort,
                    "HEALTH_SERVICE_URL", "http://localhost:" + healthPort,
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
            direct = "http://localhost:" + visitPort;
            if (BARE_PROXY) {
                int proxyPort = KafkaBroker.freePort();
                bareProxy = GatewayOverheadBench.java(BareProxy.class, work.resolve(label + "-bare-proxy.log"),
                        Integer.toString(proxyPort), Integer.toString(visitPort), "/bare");
                viaBareProxy = "http://localhost:" + proxyPort + "/bare";
            }
            viaGateway = "http://localhost:" + gatewayPort + "/api";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            GatewayBench.awaitReady(http, URI.create(direct + "/q/health/ready"), visit);
            GatewayBench.awaitReady(http, URI.create("http://localhost:" + healthPort + "/q/health/ready"), health);
            GatewayBench.awaitReady(http, URI.create("http://localhost:" + gatewayPort + "/q/health/ready"), gateway);
            String brokerConfig = work.resolve("kafka-" + label).resolve("server.properties").toString();
            ProcessHandle broker = CpuMeter.descendant(brokerConfig);
            cpu = new CpuMeter()
                    .add("visit", visit.toHandle())
                    .add("health", health.toHandle())
                    .add("gateway", gateway.toHandle())
                    .addJit("visit", visit.toHandle())
                    .addJit("health", health.toHandle())
                    .addJit("gateway", gateway.toHandle())
                    .addTree("postgres", CpuMeter.postmaster(work.resolve("postgres")))
                    .add("kafka", broker)
                    .add("load", ProcessHandle.current());
            if (BARE_PROXY) {
                awaitListening(URI.create(viaBareProxy).getPort(), bareProxy);
                cpu.add("proxy", bareProxy.toHandle()).addJit("proxy", bareProxy.toHandle());
            }
        }

        void prepare(HttpClient http, String staff, String clinician) throws Exception {
            for (int i = 0; i < 50; i++) {
                codes.add(JSON.readTree(VisitThroughputBench.send(http, direct + "/clients", staff,
                        "{\"gender\":\"NOT_STATED\"}").body()).path("code").asText());
            }
            awaitDirectory(http, viaGateway, clinician, codes.get(codes.size() - 1));
            consumer = VisitThroughputBench.consumer(kafka.bootstrapServers());
            lag = new VisitThroughputBench.LagCollector(consumer);
            lagThread = new Thread(lag, label + "-outbox-lag");
            lagThread.start();
            IntFunction<String> consultation = i -> "{\"clientCode\":\"" + codes.get(i % codes.size())
                    + "\",\"professionalType\":\"NURSE\",\"services\":[" + CONSULTATION_SERVICES + "]}";
            targets.put("direct  POST /visits", new Target(http, direct + "/visits", staff, i -> VISIT));
            targets.put("gateway POST /api/visits", new Target(http, viaGateway + "/visits", staff, i -> VISIT));
            if (BARE_PROXY) {
                targets.put(BARE_PROXY_VISITS, new Target(http, viaBareProxy + "/visits", staff, i -> VISIT));
            }
            // the like-for-like visit for a consultation: it names a registered client, which visit-service looks up as
            // health-service looks up the consultation's (and which moves "last seen" in health-service's directory)
            targets.put(NAMED_VISITS, new Target(http, viaGateway + "/visits", staff, i -> namedVisit(codes.get(i % codes.size()), VISIT)));
            targets.put("gateway POST /api/health/consultations", new Target(http, viaGateway + "/health/consultations",
                    clinician, consultation));
        }

        void warmUp(HttpClient http, String staff, int concurrency, int seconds) throws Exception {
            // not counted; the warm-up visits carry REST only, which the lag collector skips
            new Target(http, direct + "/visits", staff, i -> WARM_UP_VISIT).run(concurrency, seconds);
            new Target(http, viaGateway + "/visits", staff, i -> WARM_UP_VISIT).run(concurrency, seconds);
            if (BARE_PROXY) {
                new Target(http, viaBareProxy + "/visits", staff, i -> WARM_UP_VISIT).run(concurrency, seconds);
            }
            new Target(http, viaGateway + "/visits", staff, i -> namedVisit(codes.get(i % codes.size()), WARM_UP_VISIT)).run(concurrency, seconds);
            // visit-service's code warmed through every visit kind above, health-service's consultation through this one
            // alone: as long as they together, or health-service is still compiling in the measured rounds (run 24: its
            // JIT 0.41 ms of 1.62 per consultation after 60 s, visit-service's 0.02-0.05)
            int visitKinds = BARE_PROXY ? 4 : 3;
            targets.get("gateway POST /api/health/consultations").run(concurrency, seconds * visitKinds);
            targets.values().forEach(Target::reset);
        }

        void round(int r, int concurrency, int seconds) throws Exception {
            // the request kinds take turns at going first: the one after the database baseline otherwise always
            // meets the checkpoint of its WAL, and a slower round pays more per request (fewer commits per flush)
            List<Map.Entry<String, Target>> kinds = new ArrayList<>(targets.entrySet());
            java.util.Collections.rotate(kinds, -r);
            for (Map.Entry<String, Target> t : kinds) {
                Map<String, Long> before = cpu.snapshotMillis();
                long checkpointsBefore = checkpoints();
                GatewayBench.Result result = t.getValue().run(concurrency, seconds);
                accumulate(cpuByTarget, t.getKey(), CpuMeter.delta(before, cpu.snapshotMillis()));
                GatewayBench.report(String.format("%-7s %-40s round %d", label, t.getKey(), r + 1), result);
                System.out.printf("%-7s %-40s round %d: %d PostgreSQL checkpoint(s) during it%n", label, t.getKey(), r + 1,
                        checkpoints() - checkpointsBefore);
            }
        }

        /** Checkpoints the server has completed (timed or requested) since it started. */
        private long checkpoints() {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(pg.jdbcUrl("postgres"), LocalPostgres.USER, "");
                 java.sql.ResultSet rs = c.createStatement().executeQuery(
                         "select checkpoints_timed + checkpoints_req from pg_stat_bgwriter")) {
                rs.next();
                return rs.getLong(1);
            } catch (java.sql.SQLException e) {
                return -1;
            }
        }

        long sentVisits() {
            return targets.get("direct  POST /visits").total().requests() + targets.get("gateway POST /api/visits").total().requests()
                    + targets.get(NAMED_VISITS).total().requests()
                    + (BARE_PROXY ? targets.get(BARE_PROXY_VISITS).total().requests() : 0);
        }

        void report(GatewayBench.Result base, double pgbenchTps) throws Exception {
            long sent = sentVisits();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (lag.count() < sent && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            lag.stop();
            lagThread.join();
            System.out.printf("%n-- %s --%n", label);
            Map<String, GatewayBench.Result> totals = new LinkedHashMap<>();
            for (Map.Entry<String, Target> t : targets.entrySet()) {
                totals.put(t.getKey(), GatewayBench.report(String.format("%-40s", t.getKey()), t.getValue().total()));
            }
            GatewayBench.Result d = totals.get("direct  POST /visits");
            GatewayBench.Result g = totals.get("gateway POST /api/visits");
            GatewayBench.Result h = totals.get("gateway POST /api/health/consultations");
            System.out.printf("ratio direct/baseline JDBC: %.2f (target >= 0.50)%s%n", d.throughput() / base.throughput(),
                    Double.isNaN(pgbenchTps) ? "" : String.format("; direct/pgbench: %.2f", d.throughput() / pgbenchTps));
            System.out.printf("ratio gateway/direct: throughput %.2f (target >= 0.85), added p50 %.2f ms (target <= 2), p99 %.2f vs %.2f ms%n",
                    g.throughput() / d.throughput(), (p50(g) - p50(d)), p99(g), p99(d));
            if (BARE_PROXY) {
                GatewayBench.Result b = totals.get(BARE_PROXY_VISITS);
                System.out.printf("ratio bare proxy/direct: throughput %.2f, added p50 %.2f ms (the floor of any proxy; the gateway: %.2f)%n",
                        b.throughput() / d.throughput(), (p50(b) - p50(d)), g.throughput() / d.throughput());
            }
            // issue 10's ratio: the consultation beside the visit the front desk records, a client's under a code (3,791 visits
            // by 525 users in 2022: a code is how a visit counts towards unique users), which visit-service looks up as
            // health-service looks up the consultation's code; a visit without a code is printed too, for what it is
            GatewayBench.Result n = totals.get(NAMED_VISITS);
            System.out.printf("ratio health consultation/visit for a registered client (both look the client up), both through the gateway: "
                    + "throughput %.2f (target >= 0.8), p50 %.2f vs %.2f ms%n", h.throughput() / n.throughput(), p50(h), p50(n));
            System.out.printf("ratio health consultation/anonymous visit (no client to look up), both through the gateway: throughput %.2f, "
                    + "p50 %.2f vs %.2f ms%n", h.throughput() / g.throughput(), p50(h), p50(g));
            System.out.println("CPU per request (ms, summed over the rounds; this stack's processes, the shared PostgreSQL and the load generator):");
            cpuByTarget.forEach((target, delta) -> System.out.printf("  %-40s %s%n", target,
                    CpuMeter.perRequest(delta, totals.get(target).requests())));
            Histogram l = lag.lagMicros();
            System.out.printf("outbox lag commit -> consumer (VisitRecorded, the visit rounds): p50 %.1f ms, p99 %.1f ms "
                            + "(target <= 200), max %.1f ms; %,d of %,d events received%n",
                    l.getValueAtPercentile(50) / 1000.0, l.getValueAtPercentile(99) / 1000.0, l.getMaxValue() / 1000.0,
                    lag.count(), sent);
        }

        @Override
        public void close() throws Exception {
            if (consumer != null) {
                lag.stop();
                lagThread.join();
                consumer.close();
            }
            List<Process> apps = java.util.stream.Stream.of(bareProxy, gateway, health, visit).filter(java.util.Objects::nonNull).toList();
            for (Process p : apps) {
                p.destroy();
            }
            for (Process p : apps) {
                p.waitFor();
            }
            kafka.close();
        }
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int baselineConnections = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        // the JIT compiles for minutes at these rates (half the apps' CPU in the first rounds): a longer warm-up
        // measures the steady state a centre's services run in
        int warmUpSeconds = Integer.parseInt(System.getenv().getOrDefault("SENTRET_BENCH_WARMUP", Integer.toString(seconds)));
        boolean jfr = "1".equals(System.getenv("SENTRET_BENCH_JFR"));
        // the checkout measured; or several side by side in the same run (before/after a change):
        // SENTRET_BENCH_STACKS="before=/tmp/old,no-cache=.:SENTRET_VERIFIED_TOKENS_ENABLED=false,after=." (label=checkout[:ENV=value...])
        List<Checkouts> checkouts = Checkouts.parse(System.getenv().getOrDefault("SENTRET_BENCH_STACKS",
                "this=" + System.getenv().getOrDefault("SENTRET_BENCH_ROOT", ".")));
        Path work = Files.createTempDirectory("write-path-bench-");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String staff = GatewayBench.token(keys, "staff");
        String clinician = GatewayBench.token(keys, "clinician");
        System.out.println("work directory (logs, profiles): " + work + "; checkouts: " + checkouts);

        // a data directory makes LocalPostgres durable: fsync and synchronous_commit on, as pgbench's server has them
        List<Stack> stacks = new ArrayList<>();
        try (LocalPostgres pg = LocalPostgres.start(work.resolve("postgres"), 0, work.resolve("postgres.log"))) {
            System.out.printf("PostgreSQL %s: synchronous_commit=%s, fsync=%s%n", pg.setting("server_version"),
                    pg.setting("synchronous_commit"), pg.setting("fsync"));
            pg.ensureDatabase("bench_baseline");
            DatabaseBaseline baseline = new DatabaseBaseline(pg.jdbcUrl("bench_baseline"), LocalPostgres.USER, pg.port(), "bench_baseline");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (Checkouts c : checkouts) {
                stacks.add(new Stack(c.label(), c.root(), c.env(), pg, work, keys));
            }
            for (Stack s : stacks) {
                s.prepare(http, staff, clinician);
            }
            for (Stack s : stacks) {
                s.warmUp(http, staff, concurrency, warmUpSeconds);
            }
            baseline.jdbc(baselineConnections, Math.max(3, seconds / 2));
            List<Process> profiled = new ArrayList<>();
            if (jfr) {
                for (Stack s : stacks) {
                    for (Process p : List.of(s.visit, s.health, s.gateway)) {
                        String app = p == s.visit ? "visit-service" : p == s.health ? "health-service" : "gateway";
                        jcmd(p, "JFR.start", "name=bench", "settings=profile", "filename=" + work.resolve(s.label + "-" + app + ".jfr"));
                        profiled.add(p);
                    }
                }
            }
            List<GatewayBench.Result> baselineRounds = new ArrayList<>();
            List<double[]> pgbench = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                baselineRounds.add(GatewayBench.report(String.format("%-7s %-40s round %d", "db", "baseline JDBC " + baselineConnections + " conn", r + 1),
                        baseline.jdbc(baselineConnections, seconds)));
                if (DatabaseBaseline.pgbenchAvailable()) {
                    double[] p = baseline.pgbench(baselineConnections, seconds, work);
                    if (p != null) {
                        pgbench.add(p);
                        System.out.printf("%-7s %-40s round %d: %,.0f TPS, average latency %.2f ms%n", "db", "pgbench " + baselineConnections + " clients", r + 1, p[0], p[1]);
                    }
                }
                // alternate the order of the checkouts from round to round, so neither always follows the baseline
                for (int i = 0; i < stacks.size(); i++) {
                    stacks.get((i + r) % stacks.size()).round(r, concurrency, seconds);
                }
            }
            for (Process p : profiled) {
                jcmd(p, "JFR.stop", "name=bench");
            }
            System.out.printf("%n== %d concurrent HTTP clients (%s), %d baseline connections, %d rounds of %d s each; "
                            + "consultations of %d service(s) ==%n",
                    concurrency, LEAN_CLIENT ? "a keep-alive connection each" : "the JDK's HttpClient", baselineConnections, rounds, seconds,
                    CONSULTATION_SERVICES.split("\\{").length - 1);
            GatewayBench.Result base = GatewayBench.report(String.format("%-40s", "baseline JDBC (visit + outbox row, commit)"),
                    GatewayBench.combine(baselineRounds));
            double pgbenchTps = pgbench.stream().mapToDouble(p -> p[0]).average().orElse(Double.NaN);
            if (!pgbench.isEmpty()) {
                System.out.printf("%-40s: %,.0f TPS, average latency %.2f ms%n", "pgbench (same script)", pgbenchTps,
                        pgbench.stream().mapToDouble(p -> p[1]).average().orElse(Double.NaN));
            }
            for (Stack s : stacks) {
                s.report(base, pgbenchTps);
            }
            for (Stack s : stacks.subList(1, stacks.size())) {
                System.out.println();
                Stack first = stacks.get(0);
                for (String target : first.targets.keySet()) {
                    GatewayBench.Result b = first.targets.get(target).total();
                    GatewayBench.Result a = s.targets.get(target).total();
                    System.out.printf("%s/%s %-40s throughput %.2f, p50 %.2f -> %.2f ms, p99 %.2f -> %.2f ms%n", s.label, first.label,
                            target, a.throughput() / b.throughput(), p50(b), p50(a), p99(b), p99(a));
                }
            }
            System.out.println("load average (1/5/15 min): " + Files.readString(Paths.get("/proc/loadavg")).trim()
                    + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            if (jfr) {
                System.out.println("profiles: " + work + "/<checkout>-{visit-service,health-service,gateway}.jfr");
            }
        } finally {
            for (Stack s : stacks) {
                s.close();
            }
        }
    }

    /** A process that has no readiness endpoint (the bare proxy): ready when its port accepts a connection. */
    static void awaitListening(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("port " + port + ": the process exited with " + process.exitValue());
            }
            try (java.net.Socket s = new java.net.Socket("localhost", port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port + " after 60 s");
    }

    /** A label as part of a database name ("no-cache" → "no_cache"). */
    private static String database(String label) {
        return label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    private static double p50(GatewayBench.Result r) {
        return r.latencyMicros().getValueAtPercentile(50) / 1000.0;
    }

    private static double p99(GatewayBench.Result r) {
        return r.latencyMicros().getValueAtPercentile(99) / 1000.0;
    }

    private static GatewayBench.Result sum(GatewayBench.Result a, GatewayBench.Result b) {
        return GatewayBench.combine(List.of(a, b));
    }

    private static void accumulate(Map<String, Map<String, Long>> byTarget, String target, Map<String, Long> delta) {
        byTarget.computeIfAbsent(target, k -> new LinkedHashMap<>());
        delta.forEach((k, v) -> byTarget.get(target).merge(k, v, Long::sum));
    }

    private static Map<String, String> with(Map<String, String> common, String... pairs) {
        Map<String, String> env = new LinkedHashMap<>(common);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    static void jcmd(Process p, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("jcmd", Long.toString(p.pid())));
        cmd.addAll(List.of(command));
        Process j = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(j.getInputStream().readAllBytes());
        if (j.waitFor() != 0) {
            System.out.println("jcmd " + String.join(" ", command) + ": " + out.trim());
        }
    }

    /** The health-service learns client codes from visit-events: wait until the last registered one has arrived. */
    private static void awaitDirectory(HttpClient http, String viaGateway, String clinician, String code) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String body = "{\"clientCode\":\"" + code + "\",\"professionalType\":\"NURSE\",\"services\":[" + CONSULTATION_SERVICES + "]}";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(viaGateway + "/health/consultations"))
                    .header("Authorization", "Bearer " + clinician).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                return;
            }
            if (r.statusCode() != 422) {
                throw new IllegalStateException("health consultation answered " + r.statusCode() + ": " + r.body());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the health-service's client directory did not learn " + code + " within 60 s");
    }

    /** One endpoint under closed-loop load; rounds add up. */
    /**
     * The load generator's HTTP client: a lean keep-alive connection per thread (default), or the JDK's
     * {@code HttpClient} ({@code SENTRET_BENCH_HTTP=jdk}, as runs 1-6 and step 5 measured).
     */
    static final boolean LEAN_CLIENT = !"jdk".equals(System.getenv("SENTRET_BENCH_HTTP"));

    static final class Target {
        private final HttpClient http;
        private final URI uri;
        private final String token;
        private final IntFunction<String> body;
        private final List<GatewayBench.Result> rounds = new ArrayList<>();

        Target(HttpClient http, String uri, String token, IntFunction<String> body) {
            this.http = http;
            this.uri = URI.create(uri);
            this.token = token;
            this.body = body;
        }

        void reset() {
            rounds.clear();
        }

        GatewayBench.Result total() {
            return GatewayBench.combine(rounds);
        }

        GatewayBench.Result run(int concurrency, int seconds) throws InterruptedException {
            Histogram latency = new Histogram(60_000_000L, 3);
            AtomicLong ok = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int offset = w;
                Thread worker = new Thread(() -> {
                    Histogram mine = new Histogram(60_000_000L, 3);
                    KeepAliveHttp connection = LEAN_CLIENT ? new KeepAliveHttp(uri) : null;
                    for (int i = offset; System.nanoTime() < end; i += concurrency) {
                        long start = System.nanoTime();
                        try {
                            int status;
                            String answer;
                            if (connection != null) {
                                KeepAliveHttp.Answer response = connection.post(uri.getRawPath(), token, body.apply(i));
                                status = response.status();
                                answer = response.body();
                            } else {
                                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                                        .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
                                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                                status = response.statusCode();
                                answer = response.body();
                            }
                            if (status == 201) {
                                mine.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                                ok.incrementAndGet();
                            } else if (errors.getAndIncrement() == 0) {
                                System.out.println("first failure from " + uri + ": " + status + " " + answer);
                            }
                        } catch (Exception e) {
                            if (connection != null) {
                                connection.close(); // a broken connection is opened again for the next request
                            }
                            if (errors.getAndIncrement() == 0) {
                                System.out.println("first failure from " + uri + ": " + e);
                            }
                        }
                    }
                    if (connection != null) {
                        connection.close();
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
            GatewayBench.Result result = new GatewayBench.Result(ok.get(), errors.get(), seconds, latency);
            rounds.add(result);
            return result;
        }
    }
}
