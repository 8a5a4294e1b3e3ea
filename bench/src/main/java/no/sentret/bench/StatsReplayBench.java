package no.sentret.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.postgres.LocalPostgres;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Replay speed and freshness of the stats-service (issue 4).
 * <ol>
 *   <li>Produces N events (default 1,000,000) to the four service topics of a local broker.</li>
 *   <li>A bare KafkaConsumer reads them all (the ceiling: what Kafka alone delivers here), then one that also parses
 *   each with the stats-service's parser (the ceiling of any replay that reads its events).</li>
 *   <li>The packaged stats-service (quarkus-run.jar, prod profile) starts on an empty database and
 *   replays everything: events/s from its first stored offset until every offset is stored.</li>
 *   <li>Freshness under steady load: background events at a fixed rate plus probe events; the time
 *   from a probe's publication until GET /stats/monthly shows it, p50/p99.</li>
 * </ol>
 * {@code SENTRET_BENCH_PROJECTION_ONLY=1} ends each build's turn after the projection's replay and its cold
 * denominators; {@code =cold} measures only those, in rounds ({@link #coldRounds}).
 * Args: [events=1000000] [steadyRatePerSecond=200] [probes=200]
 */
public final class StatsReplayBench {

    static final List<String> TOPICS = List.of("visit-events", "health-events", "legal-aid-events", "outreach-events");

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int probes = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path jar = Paths.get("stats-service/target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the stats-service first: " + jar);
        }
        // other builds of the stats-service (e.g. main's, copied away), comma-separated, replayed in the same run before
        // this one; an entry may name JVM options after the jar ("a/quarkus-run.jar -XX:TieredStopAtLevel=1") and
        // another JDK before it ("jdk=/usr/lib/jvm/temurin-25-jdk-amd64 a/quarkus-run.jar"; SENTRET_BENCH_JDK for this build)
        List<Build> builds = new ArrayList<>();
        String baselineEnv = System.getenv("SENTRET_BENCH_BASELINE");
        for (String b : baselineEnv == null ? new String[0] : baselineEnv.split(",")) {
            if (!b.isBlank()) {
                builds.add(Build.parse("baseline", b));
            }
        }
        String ownOptions = System.getenv().getOrDefault("SENTRET_BENCH_JVM_OPTS", "");
        String ownJdk = System.getenv("SENTRET_BENCH_JDK");
        builds.add(Build.parse("this build", (ownJdk == null ? "" : "jdk=" + ownJdk + " ") + jar + " " + ownOptions));
        Path work = Files.createTempDirectory("stats-bench-");
        System.out.println("load average at start: " + loadAverage());
        try (LocalPostgres pg = LocalPostgres.start(null, 0);
             KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), 0, work.resolve("kafka.log"))) {
            String bootstrap = kafka.bootstrapServers();

            createTopics(bootstrap);
            long t0 = System.nanoTime();
            produce(bootstrap, events);
            double produceSecs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("produced %,d events in %.1f s (%,.0f/s)%n", events, produceSecs, events / produceSecs);
            long inTopics = endOffsets(bootstrap);
            if (inTopics != events) {
                throw new IllegalStateException("the topics hold " + inTopics + " events, not " + events);
            }

            KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
            HttpServer oidc = oidcProvider(keys);
            String issuer = "http://localhost:" + oidc.getAddress().getPort() + "/realms/sentret";
            String token = token(keys, issuer);
            try {
                List<String> summary = new ArrayList<>();
                for (int i = 0; i < builds.size(); i++) {
                    String database = i == builds.size() - 1 ? "stats" : "stats_baseline" + i;
                    pg.ensureDatabase(database);
                    // every record in the topics now, not the count produced: the turns before added their freshness
                    // load (the year's events among it), and passes that stopped at the produced count left as many
                    // records unread, in whichever partitions came last (their figures missed ~0.07 % of the services)
                    int inTopicsNow = Math.toIntExact(endOffsets(bootstrap));
                    summary.add(run(builds.get(i), pg, kafka, database, issuer, token, inTopicsNow, rate, probes,
                            (i == builds.size() - 1 ? 2030 : 2031 + i) + "-01", work));
                }
                System.out.println();
                System.out.println("summary (same run, same machine):");
                summary.forEach(System.out::println);
                System.out.println("load average at end: " + loadAverage());
            } finally {
                oidc.stop(0);
            }
        }
    }

    /**
     * One build of the stats-service on its own empty database: the bare consumer's rate just
     * before, the replay (with the CPU each process spent in it), the annual report, freshness.
     */
    static String run(Build build, LocalPostgres pg, KafkaBroker kafka, String database, String issuer,
                      String token, int events, int rate, int probes, String probeMonth, Path work) throws Exception {
        System.out.println();
        System.out.println("== " + build + " (load average " + loadAverage() + ")");
        System.out.printf("the topics hold %,d records%n", events);
        String bootstrap = kafka.bootstrapServers();
        ProcessHandle broker = CpuMeter.descendant(work.resolve("kafka").resolve("server.properties").toString());
        if ("cold".equals(System.getenv("SENTRET_BENCH_PROJECTION_ONLY"))) {
            return coldRounds(build, pg, bootstrap, database, issuer, events, broker, work);
        }
        BareConsumer.Rate bare = BareConsumer.measure(bootstrap, TOPICS, events, broker);
        System.out.println("bare KafkaConsumer: " + bare);
        BareConsumer.Rate parsing = BareConsumer.measure(bootstrap, TOPICS, events, broker, BareConsumer.PARSE);
        System.out.printf("parsing KafkaConsumer (the checkout's EventParser, nothing stored): %s = %.1f %% of the bare%n",
                parsing, 100 * parsing.median() / bare.median());
        BareConsumer.Rate tokenizing = BareConsumer.measure(bootstrap, TOPICS, events, broker, BareConsumer.TOKENIZE);
        System.out.printf("tokenizing KafkaConsumer (Jackson's tokens of each value, nothing kept or checked): %s = %.1f %% of the bare, "
                + "the parsing one %.1f %% of it%n", tokenizing, 100 * tokenizing.median() / bare.median(), 100 * parsing.median() / tokenizing.median());
        ProjectingConsumer projector = new ProjectingConsumer();
        BareConsumer.Rate projecting = BareConsumer.measure(bootstrap, TOPICS, events, broker, projector);
        System.out.printf("projecting KafkaConsumer (issue 19's proposal: the parse, a fold in memory, the year's figures and the "
                        + "snapshot at the end of each read): %s = %.1f %% of the bare, %.1f %% of the parsing one%n",
                projecting, 100 * projecting.median() / bare.median(), 100 * projecting.median() / parsing.median());
        System.out.println("  " + projector.describe());
        System.out.printf("  the snapshot written to PostgreSQL in one transaction: %.0f ms%n",
                projector.writeSnapshot(pg, database, events));
        PipelinedProjectingConsumer pipeline = new PipelinedProjectingConsumer();
        BareConsumer.Rate pipelined = BareConsumer.measure(bootstrap, TOPICS, events, broker, pipeline);
        System.out.printf("pipelined projecting KafkaConsumer (the same fold, the parse on %d threads beside the poller): "
                        + "%s = %.1f %% of the bare, %.1f %% of the parsing one%n", PipelinedProjectingConsumer.PARSE_THREADS,
                pipelined, 100 * pipelined.median() / bare.median(), 100 * pipelined.median() / parsing.median());
        String projectionReplay = projectionReplay(build, pg, bootstrap, database, issuer, events, bare, parsing, broker, work).text();
        if ("1".equals(System.getenv("SENTRET_BENCH_PROJECTION_ONLY"))) { // the rows' replay, freshness and rebuild left out
            dropDatabase(pg, database);
            return String.format("%s:%n  bare %s%n  parsing %s = %.1f %% of the bare%n  pipelined %s = %.1f %% of the bare%n"
                            + "  the service's projection: %s", build, bare, parsing, 100 * parsing.median() / bare.median(),
                    pipelined, 100 * pipelined.median() / bare.median(), projectionReplay);
        }
        int port = KafkaBroker.freePort();
        // the rows' replay alone, as steps 1-15 measured it: the projection's feed would share the CPU with it
        Process app = startApp(build, port, pg.jdbcUrl(database), bootstrap, issuer, work.resolve(database + ".log"),
                work.resolve(database + ".jfr"), Map.of("SENTRET_STATS_PROJECTION_ENABLED", "false"));
        try (Connection db = DriverManager.getConnection(pg.jdbcUrl(database), LocalPostgres.USER, "")) {
            CpuMeter cpu = new CpuMeter().add("stats-service", app.toHandle()).addJit("stats-service", app.toHandle())
                    .addTree("PostgreSQL", CpuMeter.postmaster(dataDirectory(db))).add("broker", broker);
            Replay replay = awaitReplay(() -> storedOffsets(db), events, cpu, app);
            String load = loadAverage();
            System.out.printf("stats-service replay: %,.0f events/s (%.1f%% of the bare consumer's median) (load average %s)%n",
                    replay.rate(), 100 * replay.rate() / bare.median(), load);
            System.out.println("CPU during the replay: " + replay.cpu());
            annualLatency(port, token);
            String projected = projector.compare(port, token, db);
            System.out.println("the projection's figures against the stats-service's report: " + projected);
            String pipelineProjected = pipeline.compare(port, token, db);
            System.out.println("the pipelined projection's figures against the stats-service's report: " + pipelineProjected);
            String fresh = freshness(bootstrap, port, token, rate, probes, probeMonth);
            String rebuild = rebuild(port, token); // last: the old generation's rows are deleted after the switch
            return String.format("%s:%n  bare %s%n  parsing %s = %.1f %% of the bare%n"
                            + "  the service's projection: " + projectionReplay.replace("%", "%%") + "%n"
                            + "  projecting %s = %.1f %% of the bare; %s%n"
                            + "  pipelined %s = %.1f %% of the bare; %s%n"
                            + "  replay %,.0f events/s = %.1f %% of the bare's median, %.1f %% of the parsing one's; %s%n"
                            + "  %s; %s; load average %s",
                    build, bare, parsing, 100 * parsing.median() / bare.median(), projecting,
                    100 * projecting.median() / bare.median(), projected, pipelined,
                    100 * pipelined.median() / bare.median(), pipelineProjected, replay.rate(),
                    100 * replay.rate() / bare.median(), 100 * replay.rate() / parsing.median(), replay.cpu(), rebuild,
                    fresh, load);
        } finally {
            app.destroy();
            app.waitFor();
            dropDatabase(pg, database);
        }
    }

    /**
     * Without this a later build's replay and rebuild shared the server with the earlier builds' databases and their
     * rebuilds' deleted generations, vacuumed and checkpointed during its turn (counted in its PostgreSQL CPU): the same
     * jar rebuilt in 7.5 s first and in 45 s second or third (bench README, the lead's check after steps 7-9).
     */
    static void dropDatabase(LocalPostgres pg, String database) throws Exception {
        try (Connection admin = DriverManager.getConnection(pg.jdbcUrl("postgres"), LocalPostgres.USER, "");
             Statement s = admin.createStatement()) {
            s.execute("drop database " + database + " with (force)");
            s.execute("checkpoint");
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Paths.get("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** PostgreSQL's data directory (the postmaster's pid file is there); the kit in ~/.m2 may not have LocalPostgres.dataDirectory() */
    static Path dataDirectory(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            return Paths.get(rs.getString(1));
        }
    }

    /**
     * A build of the stats-service to replay with: the {@code java} it runs on (the PATH's unless the spec starts with
     * {@code jdk=<java home>}), its jar and the JVM options it runs with in the bench. The build's cold passes run on
     * the same {@code java}, so a JDK's own speed is not taken for the service's.
     */
    record Build(String name, String java, Path jar, List<String> jvmOptions) {

        static Build parse(String name, String spec) {
            List<String> words = new ArrayList<>(List.of(spec.trim().split("\\s+")));
            String java = "java";
            if (words.get(0).startsWith("jdk=")) {
                Path bin = Paths.get(words.remove(0).substring("jdk=".length()), "bin", "java").toAbsolutePath();
                if (!Files.isExecutable(bin)) {
                    throw new IllegalStateException(name + ": no such java: " + bin);
                }
                java = bin.toString();
            }
            Path jar = Paths.get(words.get(0)).toAbsolutePath();
            if (!Files.exists(jar)) {
                throw new IllegalStateException(name + ": no such jar: " + jar);
            }
            return new Build(name, java, jar, List.copyOf(words.subList(1, words.size())));
        }

        @Override
        public String toString() {
            return name + ("java".equals(java) ? "" : " on " + java) + " " + jar
                    + (jvmOptions.isEmpty() ? "" : " " + String.join(" ", jvmOptions));
        }
    }

    /**
     * The topics before the first record, as the broker would create them (3 partitions): left to the producer's first
     * send, the topic's creation once answered NOT_LEADER_OR_FOLLOWER, and the idempotent producer then retried
     * OUT_OF_ORDER_SEQUENCE_NUMBER on that partition for minutes until the run was stopped.
     */
    static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get();
        }
    }

    /** Mostly Stua visits of 5,000 clients in 2022, with health services, feedback, a visit in a hundred voided, 25 merges. */
    static void produce(String bootstrap, int events) throws Exception {
        Random rnd = new Random(42);
        try (KafkaProducer<String, String> p = producer(bootstrap)) {
            int clients = 5000;
            for (int i = 0; i < clients && i < events; i++) {
                String code = "B" + i;
                p.send(new ProducerRecord<>("visit-events", code, envelope("ClientRegistered", code, "visit-service",
                        Instant.parse("2021-06-01T10:00:00Z"), "{\"code\":\"" + code + "\",\"gender\":\"WOMAN\",\"nationality\":\"NO\","
                                + "\"ageGroup\":\"26-30\",\"regionOfOrigin\":null,\"preferredLanguage\":null,\"firstRegisteredOn\":\"2021-06-01\"}")));
            }
            Instant start = Instant.parse("2022-01-01T00:00:00Z");
            List<String[]> visits = new ArrayList<>(); // id, code ("" for none) of visits a later event may void
            // 25 codes registered twice and merged (the surviving code counts for both, in every period)
            int merges = Math.min(25, Math.max(0, (events - clients) / 1000));
            for (int i = 0; i < merges; i++) {
                String merged = "B" + (2 * i);
                String surviving = "B" + (2 * i + 1);
                p.send(new ProducerRecord<>("visit-events", surviving, envelope("ClientsMerged", surviving, "visit-service",
                        Instant.parse("2022-06-01T10:00:00Z"), "{\"mergedCode\":\"" + merged + "\",\"survivingCode\":\"" + surviving + "\"}")));
            }
            for (int i = Math.min(clients, events) + merges; i < events; i++) {
                String code = rnd.nextInt(10) == 0 ? null : "B" + rnd.nextInt(clients);
                Instant at = start.plusSeconds(rnd.nextInt(365 * 86400));
                int kind = rnd.nextInt(100);
                String id = UUID.randomUUID().toString();
                String quotedCode = code == null ? "null" : "\"" + code + "\"";
                if (kind < 3) {
                    p.send(new ProducerRecord<>("visit-events", null, envelope("FeedbackGiven", null, "visit-service", at,
                            "{\"id\":\"" + id + "\",\"at\":\"" + at + "\",\"score\":4,\"language\":\"en\",\"followUpAnswers\":null}")));
                } else if (kind < 13 && code != null) {
                    p.send(new ProducerRecord<>("health-events", code, envelope("HealthServiceRecorded", code, "health-service", at,
                            "{\"id\":\"" + id + "\",\"clientCode\":" + quotedCode + ",\"category\":\"STI_TEST\"}")));
                } else if (kind == 13 && !visits.isEmpty()) {
                    // a visit voided (registered twice, say): one in a hundred events, an earlier visit of any client
                    String[] visit = visits.get(rnd.nextInt(visits.size()));
                    String voidedCode = visit[1].isEmpty() ? null : visit[1];
                    p.send(new ProducerRecord<>("visit-events", voidedCode, envelope("VisitVoided", voidedCode, "visit-service", at,
                            "{\"id\":\"" + visit[0] + "\",\"clientCode\":" + (voidedCode == null ? "null" : "\"" + voidedCode + "\"")
                                    + ",\"occurredAt\":\"" + at + "\",\"reason\":\"registered twice\"}")));
                } else {
                    p.send(new ProducerRecord<>("visit-events", code, envelope("VisitRecorded", code, "visit-service", at,
                            "{\"id\":\"" + id + "\",\"clientCode\":" + quotedCode + ",\"occurredAt\":\"" + at + "\",\"activities\":[\"MEAL\"]}")));
                    if (visits.size() < 100_000) {
                        visits.add(new String[] {id, code == null ? "" : code});
                    } else {
                        visits.set(rnd.nextInt(visits.size()), new String[] {id, code == null ? "" : code});
                    }
                }
            }
            p.flush();
        }
    }

    static String envelope(String type, String code, String source, Instant at, String payload) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"schemaVersion\":1,\"occurredAt\":\"" + at
                + "\",\"recordedAt\":\"" + Instant.now() + "\",\"source\":\"" + source + "\",\"clientCode\":"
                + (code == null ? "null" : "\"" + code + "\"") + ",\"payload\":" + payload + "}";
    }

    /** How many records the four topics hold (the sum of their partitions' end offsets). */
    static long endOffsets(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props)) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : TOPICS) {
                for (PartitionInfo i : c.partitionsFor(t, Duration.ofSeconds(30))) {
                    parts.add(new TopicPartition(t, i.partition()));
                }
            }
            return c.endOffsets(parts).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        // on a loaded machine the default 2 minutes can pass, and a record that expires is silently missing
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1_800_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 600_000);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    /**
     * The projection's replay and its cold denominators only, {@code SENTRET_BENCH_ROUNDS} times (default 3), each
     * round on an empty database: the warm passes read the topics 24 times, which for tens of millions of events takes
     * longer than the replays they are compared with, and one round's ratio moves by a fifth between rounds on this
     * machine (bench README, step 21), so the rounds' median and spread are what to compare with issue 19's target.
     * The service's log and flight recording ({@code SENTRET_BENCH_JFR}) are the last round's: each round writes them again.
     */
    static String coldRounds(Build build, LocalPostgres pg, String bootstrap, String database, String issuer, int events,
                             ProcessHandle broker, Path work) throws Exception {
        int rounds = Integer.parseInt(System.getenv().getOrDefault("SENTRET_BENCH_ROUNDS", "3"));
        List<Double> ofBare = new ArrayList<>();
        StringBuilder text = new StringBuilder(build + ":");
        for (int round = 1; round <= rounds; round++) {
            pg.ensureDatabase(database);
            ProjectionReplay replay = projectionReplay(build, pg, bootstrap, database, issuer, events, null, null, broker, work);
            dropDatabase(pg, database);
            if (replay.rate() < 0) {
                return text + "\n  the service's projection: " + replay.text();
            }
            ofBare.add(100 * replay.rate() / replay.coldBare());
            text.append(String.format("%n  round %d: the service's projection %s", round, replay.text()));
        }
        List<Double> sorted = ofBare.stream().sorted().toList();
        String verdict = String.format("the service's projection of the cold bare consumer, %d rounds: median %.1f %% "
                + "(lowest %.1f %%, highest %.1f %%; in the order measured %s)", rounds, sorted.get(rounds / 2),
                sorted.get(0), sorted.get(rounds - 1), ofBare.stream().map(r -> String.format("%.1f", r)).toList());
        System.out.println(verdict);
        return text + "\n  " + verdict;
    }

    /** What {@link #projectionReplay} measured: its line, the replay's rate and the cold bare consumer's (-1: none). */
    record ProjectionReplay(String text, double rate, double coldBare) {
    }

    /**
     * The service's own projection (issue 19, {@code projection.ProjectionFeed}) replaying every event from the
     * beginning, with the rows' consumer off: events/s from its first folded event until every event is folded, read
     * from its gauge {@code sentret.stats.projection.events} on the management port. A build without the projection
     * says so.
     */
    static ProjectionReplay projectionReplay(Build build, LocalPostgres pg, String bootstrap, String database, String issuer, int events,
                                   BareConsumer.Rate bare, BareConsumer.Rate parsing, ProcessHandle broker, Path work) throws Exception {
        int port = KafkaBroker.freePort();
        int management = KafkaBroker.freePort();
        Process app = startApp(build, port, pg.jdbcUrl(database), bootstrap, issuer, work.resolve(database + "-projection.log"),
                work.resolve(database + "-projection.jfr"),
                Map.of("SENTRET_STATS_CONSUMER_ENABLED", "false", "QUARKUS_MANAGEMENT_PORT", Integer.toString(management)));
        try {
            CpuMeter cpu = new CpuMeter().add("stats-service", app.toHandle()).addJit("stats-service", app.toHandle())
                    .add("broker", broker);
            HttpClient http = HttpClient.newHttpClient();
            Instant noGaugeBy = Instant.now().plus(Duration.ofSeconds(90));
            while (projectedEvents(http, management) < 0) {
                if (Instant.now().isAfter(noGaugeBy) || !app.isAlive()) {
                    return new ProjectionReplay("none in this build (no sentret_stats_projection_events gauge)", -1, -1);
                }
                Thread.sleep(100);
            }
            Replay replay = awaitReplay(() -> Math.max(0, projectedEvents(http, management)), events, cpu, app);
            String result = bare == null ? String.format("%,.0f events/s; %s", replay.rate(), replay.cpu())
                    : String.format("%,.0f events/s = %.1f %% of the bare's median, %.1f %% of the parsing one's; %s",
                    replay.rate(), 100 * replay.rate() / bare.median(), 100 * replay.rate() / parsing.median(), replay.cpu());
            System.out.println("the service's projection replaying everything (the rows' consumer off): " + result);
            app.destroy();
            app.waitFor();
            // the same records read once by a JVM just started, as the service's pass is: its like-for-like denominator
            ColdRate coldBare = coldPass(build, bootstrap, events, "bare", broker, work);
            ColdRate coldFold = coldPass(build, bootstrap, events, "pipelined", broker, work);
            String cold = String.format("cold, one pass in a fresh JVM: bare %s, the service's projection %.1f %% of it; "
                            + "the bench's pipelined fold %s, the service %.1f %% of it",
                    coldBare, 100 * replay.rate() / coldBare.rate(), coldFold, 100 * replay.rate() / coldFold.rate());
            System.out.println(cold);
            return new ProjectionReplay(result + "; " + cold, replay.rate(), coldBare.rate());
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** A cold pass ({@link ColdPass}): events/s from the first record to the last, CPU an event of its JVM and the broker. */
    record ColdRate(double rate, double micros, double jitMicros, double brokerMicros) {
        @Override
        public String toString() {
            return String.format("%,.0f events/s (CPU %.1f µs an event, of which JIT %.1f; broker %.1f µs)", rate, micros,
                    jitMicros, brokerMicros);
        }
    }

    static ColdRate coldPass(Build build, String bootstrap, int events, String mode, ProcessHandle broker, Path work)
            throws Exception {
        // the service's JDK and JVM options (startApp): the heap it is given (a larger one named for the build too)
        // and production's collector
        Path log = work.resolve("cold-" + mode + ".log");
        List<String> command = new ArrayList<>(List.of(build.java(), "-Xmx1g", "-XX:+UseSerialGC"));
        build.jvmOptions().stream().filter(o -> o.startsWith("-Xmx")).forEach(command::add);
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                ColdPass.class.getName(), bootstrap, Integer.toString(events), mode));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        CpuMeter brokerCpu = new CpuMeter().add("broker", broker);
        Map<String, Long> before = brokerCpu.snapshotMillis();
        if (!p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the cold " + mode + " pass failed: see " + log);
        }
        long brokerMillis = CpuMeter.delta(before, brokerCpu.snapshotMillis()).get("broker");
        String line = Files.readAllLines(log).stream().filter(l -> l.startsWith("cold ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the cold " + mode + " pass printed no figures: see " + log));
        String[] f = line.split(" ");
        long read = Long.parseLong(f[1]);
        return new ColdRate(read / (Long.parseLong(f[2]) / 1e9), Long.parseLong(f[3]) * 1000.0 / read,
                Long.parseLong(f[4]) * 1000.0 / read, brokerMillis * 1000.0 / read);
    }

    private static final Pattern PROJECTED = Pattern.compile("(?m)^sentret_stats_projection_events(?:\\{[^}]*\\})? ([0-9.E+]+)$");

    /** the gauge's value, or -1 while the app or its gauge is not there */
    static long projectedEvents(HttpClient http, int managementPort) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = PROJECTED.matcher(r.body());
            return r.statusCode() == 200 && m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    static Process startApp(Build build, int port, String jdbcUrl, String bootstrap, String issuer, Path log, Path jfr) throws Exception {
        return startApp(build, port, jdbcUrl, bootstrap, issuer, log, jfr, Map.of());
    }

    static Process startApp(Build build, int port, String jdbcUrl, String bootstrap, String issuer, Path log, Path jfr,
                            Map<String, String> moreEnv) throws Exception {
        // the collector production runs the apps with (k8s/base/app-defaults.yaml, JAVA_TOOL_OPTIONS); the bench ran G1
        // before step 11 (bench README), which cost the replay ~1 µs an event more
        List<String> command = new ArrayList<>(List.of(build.java(), "-Xmx1g"));
        if (build.jvmOptions().stream().noneMatch(o -> o.matches("-XX:\\+Use\\w*GC"))) {
            command.add("-XX:+UseSerialGC"); // two collectors named would not start
        }
        command.addAll(build.jvmOptions()); // after the bench's own: a later -Xmx wins
        if ("1".equals(System.getenv("SENTRET_BENCH_JFR"))) {
            // a profile of the whole run: jfr print --events jdk.ExecutionSample <file>
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
            System.out.println("flight recording: " + jfr);
        }
        command.addAll(List.of("-jar", build.jar().toString()));
        // from the app's own directory, as its image runs it: an AppCDS archive (quarkus.package.jar.appcds) names the
        // class path relative to it ("quarkus-run.jar:lib/boot/…"), and a JVM started elsewhere ignores the archive
        ProcessBuilder pb = new ProcessBuilder(command).directory(build.jar().getParent().toFile());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // its own management port too: the default (9185) is taken whenever another checkout's suite runs a stats-service
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(KafkaBroker.freePort()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("SENTRET_OIDC_URL", issuer);
        env.putAll(moreEnv);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        System.out.println("stats-service log: " + log);
        return pb.start();
    }

    /** events/s from the first stored offset until all are stored, and what each process's CPU cost an event meanwhile */
    record Replay(double rate, String cpu) {
    }

    /**
     * Waits for the replay and measures it. The two halves are printed apart as well: a replay starts with cold code
     * (interpreted, then compiled as it runs), so the second half's rate and CPU say what the same work costs compiled.
     *
     * @param progress events replayed so far (the stored offsets' sum, or the projection's gauge)
     */
    static Replay awaitReplay(java.util.function.LongSupplier progress, int events, CpuMeter cpu, Process app) throws Exception {
        Map<String, Long> before = null;
        Map<String, Long> atHalf = null;
        long firstAt = 0;
        long firstCount = 0;
        long halfAt = 0;
        long halfCount = 0;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the stats-service stopped (exit " + app.exitValue() + "): see its log");
            }
            long stored = progress.getAsLong();
            if (stored > 0 && firstAt == 0) {
                firstAt = System.nanoTime();
                firstCount = stored;
                before = cpu.snapshotMillis();
            }
            if (firstAt != 0 && halfAt == 0 && stored >= firstCount + (events - firstCount) / 2) {
                halfAt = System.nanoTime();
                halfCount = stored;
                atHalf = cpu.snapshotMillis();
            }
            if (stored >= events) {
                long endAt = System.nanoTime();
                Map<String, Long> after = cpu.snapshotMillis();
                long replayed = stored - firstCount;
                StringBuilder s = new StringBuilder(String.format("wall %.1f s, CPU per event:", (endAt - firstAt) / 1e9));
                appendCpu(s, CpuMeter.delta(before, after), replayed);
                if (halfAt != 0 && halfAt < endAt && halfCount > firstCount && stored > halfCount) {
                    s.append(String.format("; first half %,.0f events/s,", (halfCount - firstCount) / ((halfAt - firstAt) / 1e9)));
                    appendCpu(s, CpuMeter.delta(before, atHalf), halfCount - firstCount);
                    s.append(String.format("; second half %,.0f events/s,", (stored - halfCount) / ((endAt - halfAt) / 1e9)));
                    appendCpu(s, CpuMeter.delta(atHalf, after), stored - halfCount);
                }
                return new Replay(replayed / ((endAt - firstAt) / 1e9), s.toString());
            }
            Thread.sleep(stored > 0 ? 100 : 500);
        }
        throw new IllegalStateException("replay did not finish");
    }

    private static void appendCpu(StringBuilder s, Map<String, Long> used, long events) {
        used.forEach((k, v) -> s.append(String.format(" %s %.1f µs (%.1f s)", k.replace(" JIT", ", of which JIT"),
                v * 1000.0 / events, v / 1000.0)));
    }

    static long storedOffsets(Connection db) {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(sum(next_offset), 0) from consumer_offset o "
                     + "join stats_generation g on g.active_gen = o.gen")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return 0; // the schema is not there yet
        }
    }

    /** The heaviest read: the whole annual report of the replayed year (2022), five times. */
    static void annualLatency(int port, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest annual = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stats/annual/2022"))
                .header("Authorization", "Bearer " + token).build();
        long best = Long.MAX_VALUE;
        long worst = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(annual, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long took = System.nanoTime() - start;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /stats/annual/2022: " + r.statusCode() + " " + r.body());
            }
            best = Math.min(best, took);
            worst = Math.max(worst, took);
        }
        System.out.printf("GET /stats/annual/2022 over the replayed events: best %.0f ms, worst %.0f ms (5 calls)%n", best / 1e6, worst / 1e6);
    }

    /** POST /stats/rebuild over everything replayed, and the time until it has switched over. */
    static String rebuild(int port, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/stats/rebuild");
        String load = loadAverage();
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (started.statusCode() != 202) {
            throw new IllegalStateException("POST /stats/rebuild: " + started.statusCode() + " " + started.body());
        }
        Pattern state = Pattern.compile("\"state\":\"(\\w+)\"");
        Pattern replayed = Pattern.compile("\"replayedEvents\":(\\d+)");
        while (true) {
            Thread.sleep(200);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = state.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("GET /stats/rebuild: " + r.statusCode() + " " + r.body());
            }
            if (m.group(1).equals("FAILED")) {
                throw new IllegalStateException("the rebuild failed: " + r.body());
            }
            if (m.group(1).equals("IDLE")) {
                double secs = (System.nanoTime() - start) / 1e9;
                Matcher n = replayed.matcher(r.body());
                long events = n.find() ? Long.parseLong(n.group(1)) : 0;
                String line = String.format("rebuild: %,d events in %.1f s (%,.0f events/s, load average %s)", events, secs,
                        events / secs, load);
                System.out.println(line);
                return line;
            }
        }
    }

    static String freshness(String bootstrap, int port, String token, int rate, int probes, String month) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        KafkaProducer<String, String> p = producer(bootstrap);
        Thread load = new Thread(() -> {
            Random rnd = new Random(7);
            long next = System.nanoTime();
            while (running.get()) {
                String code = "B" + rnd.nextInt(5000);
                Instant at = Instant.parse("2023-03-01T10:00:00Z").plusSeconds(rnd.nextInt(86400 * 20));
                p.send(new ProducerRecord<>("visit-events", code, envelope("VisitRecorded", code, "visit-service", at,
                        "{\"id\":\"" + UUID.randomUUID() + "\",\"clientCode\":\"" + code + "\",\"occurredAt\":\"" + at + "\",\"activities\":[]}")));
                next += 1_000_000_000L / rate;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    try {
                        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "steady-load");
        load.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest read = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stats/monthly?from=" + month + "&to=" + month))
                .header("Authorization", "Bearer " + token).build();
        Histogram h = new Histogram(3);
        Pattern services = Pattern.compile("\"services\":(\\d+)");
        try {
            for (int i = 1; i <= probes; i++) {
                String code = "P" + i;
                Instant at = Instant.parse(month + "-15T10:00:00Z");
                long sent = System.nanoTime();
                p.send(new ProducerRecord<>("visit-events", code, envelope("VisitRecorded", code, "visit-service", at,
                        "{\"id\":\"" + UUID.randomUUID() + "\",\"clientCode\":\"" + code + "\",\"occurredAt\":\"" + at + "\",\"activities\":[]}"))).get();
                while (true) {
                    HttpResponse<String> r = http.send(read, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("GET /stats/monthly: " + r.statusCode() + " " + r.body());
                    }
                    Matcher m = services.matcher(r.body());
                    if (m.find() && Integer.parseInt(m.group(1)) >= i) {
                        break;
                    }
                    Thread.sleep(2);
                }
                h.recordValue((System.nanoTime() - sent) / 1_000);
            }
        } finally {
            running.set(false);
            load.join();
            p.close();
        }
        String fresh = String.format("freshness under %d events/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d probes)",
                rate, h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, probes);
        System.out.println(fresh + " (publication -> visible in GET /stats/monthly)");
        return fresh;
    }

    /** An RS256 token with the analyst and admin roles, as Keycloak would put them (realm_access.roles) and as groups. */
    /**
     * No Keycloak here: a minimal OIDC provider (discovery document and JWKS) so the service verifies
     * the bench's tokens exactly as it verifies Keycloak's.
     */
    static HttpServer oidcProvider(KeyPair keys) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        String base = "http://localhost:" + server.getAddress().getPort() + "/realms/sentret";
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + b64.encodeToString(unsigned(pub.getModulus().toByteArray())) + "\",\"e\":\""
                + b64.encodeToString(unsigned(pub.getPublicExponent().toByteArray())) + "\"}]}";
        String discovery = "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "/certs\","
                + "\"token_endpoint\":\"" + base + "/token\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        server.createContext("/realms/sentret/.well-known/openid-configuration", ex -> reply(ex, discovery));
        server.createContext("/realms/sentret/certs", ex -> reply(ex, jwks));
        server.start();
        return server;
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static void reply(HttpExchange ex, String body) throws java.io.IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    static String token(KeyPair keys, String issuer) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
        // an access token for the API, as the services require since issue 17 (typ Bearer, audience sentret-api)
        String claims = b64.encodeToString(("{\"iss\":\"" + issuer + "\",\"sub\":\"bench\",\"preferred_username\":\"bench\","
                + "\"typ\":\"Bearer\",\"aud\":\"sentret-api\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 7200) + ",\"groups\":[\"analyst\",\"admin\"],\"realm_access\":{\"roles\":[\"analyst\",\"admin\"]}}")
                .getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(keys.getPrivate());
        s.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(s.sign());
    }
}
