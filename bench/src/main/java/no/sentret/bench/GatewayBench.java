package no.sentret.bench;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.postgres.LocalPostgres;
import org.HdrHistogram.Histogram;

/**
 * The gateway's cost (issue 5): an authenticated {@code POST /visits} straight to the packaged
 * visit-service and through the packaged gateway ({@code POST /api/visits}), in the same run,
 * against the same PostgreSQL and Kafka broker. Rounds alternate direct/gateway so drift on the
 * shared machine hits both. Prints throughput, p50/p99 and the gateway/direct ratios.
 * Both apps verify the bench's own RS256 tokens with {@code quarkus.oidc.public-key} (no Keycloak).
 * Args: [concurrency=16] [secondsPerRound=15] [rounds=2]; jars are taken from
 * {@code $SENTRET_BENCH_ROOT} (default: the working directory).
 */
public final class GatewayBench {

    private static final String BODY = "{\"activities\":[\"CONVERSATION\",\"MEAL\"]}";

    record Result(long requests, long errors, double seconds, Histogram latencyMicros) {
        double throughput() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path root = Paths.get(System.getenv().getOrDefault("SENTRET_BENCH_ROOT", ".")).toAbsolutePath();
        Path visitJar = requireJar(root.resolve("visit-service/target/quarkus-app/quarkus-run.jar"));
        Path gatewayJar = requireJar(root.resolve("gateway/target/quarkus-app/quarkus-run.jar"));
        Path work = Files.createTempDirectory("gateway-bench-");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String token = token(keys, "staff");

        try (LocalPostgres pg = LocalPostgres.start(null, 0);
             KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), 0, work.resolve("kafka.log"))) {
            pg.ensureDatabase("visit");
            int visitPort = KafkaBroker.freePort();
            int gatewayPort = KafkaBroker.freePort();
            Process visit = start(visitJar, keys, work.resolve("visit-service.log"), Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(visitPort),
                    "QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl("visit"),
                    "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
            Map<String, String> gatewayEnv = new java.util.HashMap<>(GATEWAY_SETTINGS);
            gatewayEnv.putAll(Map.of("QUARKUS_HTTP_PORT", Integer.toString(gatewayPort),
                    "VISIT_SERVICE_URL", "http://localhost:" + visitPort,
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
            Process gateway = start(gatewayJar, keys, work.resolve("gateway.log"), gatewayEnv);
            try {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                URI direct = URI.create("http://localhost:" + visitPort + "/visits");
                URI viaGateway = URI.create("http://localhost:" + gatewayPort + "/api/visits");
                awaitReady(client, URI.create("http://localhost:" + visitPort + "/q/health/ready"), visit);
                awaitReady(client, URI.create("http://localhost:" + gatewayPort + "/q/health/ready"), gateway);
                System.out.printf("POST /visits, %d concurrent clients, %d rounds of %d s per target%n", concurrency, rounds, seconds);

                run(client, direct, token, concurrency, seconds);      // warm-up (JIT, pools), not counted
                run(client, viaGateway, token, concurrency, seconds);
                List<Result> directRounds = new ArrayList<>();
                List<Result> gatewayRounds = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    directRounds.add(report("direct  round " + (r + 1), run(client, direct, token, concurrency, seconds)));
                    gatewayRounds.add(report("gateway round " + (r + 1), run(client, viaGateway, token, concurrency, seconds)));
                }
                Result d = combine(directRounds);
                Result g = combine(gatewayRounds);
                report("direct  total", d);
                report("gateway total", g);
                // four helpers share this machine: the load says how far to trust the figures
                System.out.println("load average (1/5/15 min): " + Files.readString(Paths.get("/proc/loadavg")).trim());
                System.out.printf("ratio gateway/direct: throughput %.2f, p50 %.2f, p99 %.2f (added p50 %.2f ms)%n",
                        g.throughput() / d.throughput(),
                        (double) g.latencyMicros().getValueAtPercentile(50) / d.latencyMicros().getValueAtPercentile(50),
                        (double) g.latencyMicros().getValueAtPercentile(99) / d.latencyMicros().getValueAtPercentile(99),
                        (g.latencyMicros().getValueAtPercentile(50) - d.latencyMicros().getValueAtPercentile(50)) / 1000.0);
            } finally {
                gateway.destroy();
                visit.destroy();
                gateway.waitFor();
                visit.waitFor();
            }
        }
    }

    static Result run(HttpClient client, URI uri, String token, int concurrency, int seconds) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(BODY))
                .build();
        Histogram latency = new Histogram(60_000_000L, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread worker = new Thread(() -> {
                Histogram mine = new Histogram(60_000_000L, 3);
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            ok.incrementAndGet();
                            mine.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                        } else if (errors.getAndIncrement() == 0) {
                            System.out.println("first failure from " + uri + ": " + response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        if (errors.getAndIncrement() == 0) {
                            System.out.println("first failure from " + uri + ": " + e);
                        }
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
        return new Result(ok.get(), errors.get(), seconds, latency);
    }

    static Result combine(List<Result> rounds) {
        Histogram all = new Histogram(60_000_000L, 3);
        long requests = 0;
        long errors = 0;
        double seconds = 0;
        for (Result r : rounds) {
            all.add(r.latencyMicros());
            requests += r.requests();
            errors += r.errors();
            seconds += r.seconds();
        }
        return new Result(requests, errors, seconds, all);
    }

    static Result report(String label, Result r) {
        System.out.printf("%s: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %,d ok, %,d errors%n", label, r.throughput(),
                r.latencyMicros().getValueAtPercentile(50) / 1000.0, r.latencyMicros().getValueAtPercentile(99) / 1000.0,
                r.requests(), r.errors());
        return r;
    }

    /** A gateway in a bench: what it needs beside its port, its upstreams and its broker. */
    static final Map<String, String> GATEWAY_SETTINGS = Map.of(
            // bearer tokens only: the browser's code flow would need the provider's discovery document
            "QUARKUS_OIDC_APPLICATION_TYPE", "service",
            "QUARKUS_OIDC_LOGOUT_PATH", "",
            // the bench is one client address and one principal: measure the proxy, not the limiter
            "SENTRET_GATEWAY_RATE_LIMIT_ENABLED", "false");

    static Process start(Path jar, KeyPair keys, Path log, Map<String, String> env) throws Exception {
        // no Keycloak: each app verifies the bench's tokens with this public key; quarkus-oidc only
        // uses public-key when auth-server-url is empty, otherwise it keeps trying the provider
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx512m",
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key=" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "-Dquarkus.oidc.token.issuer=sentret-bench",
                // the gateway's published contract names its provider, by default auth-server-url (empty here)
                "-Dsentret.gateway.public-api.oidc-issuer=http://sentret-bench.invalid/realms/sentret",
                "-Dquarkus.log.category.\"sentret.access\".level=WARN",
                "-jar", jar.toString());
        pb.environment().putAll(env);
        if (env.containsKey("QUARKUS_HTTP_PORT") && !env.containsKey("QUARKUS_MANAGEMENT_PORT")) {
            // health lives on the management interface, a port of its own (issue 17); awaitReady finds it here
            int management = KafkaBroker.freePort();
            MANAGEMENT_PORTS.put(Integer.parseInt(env.get("QUARKUS_HTTP_PORT")), management);
            pb.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
        }
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        System.out.println(log.getFileName() + ": " + log);
        return pb.start();
    }

    /** app port → its management port, for the apps {@link #start} started */
    private static final Map<Integer, Integer> MANAGEMENT_PORTS = new java.util.concurrent.ConcurrentHashMap<>();

    static void awaitReady(HttpClient client, URI ready, Process app) throws Exception {
        Integer management = MANAGEMENT_PORTS.get(ready.getPort());
        if (management != null && ready.getPath().startsWith("/q/")) {
            ready = URI.create(ready.getScheme() + "://" + ready.getHost() + ":" + management + ready.getRawPath());
        }
        // several apps starting at once on a loaded 2-core machine can take minutes
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException(ready + ": the app exited with " + app.exitValue());
            }
            try {
                if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(ready + " not ready within 300 s");
    }

    static Path requireJar(Path jar) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("package it first (mvn -o -q package -DskipTests -pl <module>): " + jar);
        }
        return jar;
    }

    static String token(KeyPair keys, String role) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"sentret-bench\",\"sub\":\"gateway-bench\",\"preferred_username\":\"gateway-bench\","
                + "\"typ\":\"Bearer\",\"aud\":\"sentret-api\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 7200) + ",\"realm_access\":{\"roles\":[\"" + role + "\"]}}")
                .getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(signer.sign());
    }
}
