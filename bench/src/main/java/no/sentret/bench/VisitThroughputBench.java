package no.sentret.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.postgres.LocalPostgres;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * visit-service (issue 3): {@code POST /visits} throughput and latency p50/p99 with a valid RS256
 * token, and the outbox lag from commit to the event on {@code visit-events} (envelope
 * {@code recordedAt} against the time a consumer receives it) p50/p99. Starts embedded PostgreSQL,
 * the Kafka broker process and the packaged visit-service jar (prod profile) on free ports.
 * Args: [concurrency=8] [seconds=20] [clients=50]. Token signing and app start-up are shared with
 * {@link GatewayBench}.
 */
public final class VisitThroughputBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int clientCount = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Path root = Paths.get(System.getenv().getOrDefault("SENTRET_BENCH_ROOT", ".")).toAbsolutePath();
        Path jar = GatewayBench.requireJar(root.resolve("visit-service/target/quarkus-app/quarkus-run.jar"));
        Path work = Files.createTempDirectory("visit-bench-");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String token = GatewayBench.token(keys, "staff");

        try (LocalPostgres pg = LocalPostgres.start(null, 0);
             KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), 0, work.resolve("kafka.log"))) {
            pg.ensureDatabase("visit");
            int port = KafkaBroker.freePort();
            Process app = GatewayBench.start(jar, keys, work.resolve("visit-service.log"), Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(port),
                    "QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl("visit"),
                    "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    // no OIDC server: an empty auth-server-url leaves token verification to quarkus.oidc.public-key alone
                    "QUARKUS_OIDC_AUTH_SERVER_URL", ""));
            try (KafkaConsumer<String, String> consumer = consumer(kafka.bootstrapServers())) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://localhost:" + port;
                GatewayBench.awaitReady(http, URI.create(base + "/q/health/ready"), app);
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < clientCount; i++) {
                    codes.add(JSON.readTree(send(http, base + "/clients", token, "{\"gender\":\"NOT_STATED\"}").body()).path("code").asText());
                }
                // the registrations create the topic; start the lag clock only for visits
                LagCollector lag = new LagCollector(consumer);
                Thread lagThread = new Thread(lag, "outbox-lag");
                lagThread.start();

                // warm-up visits are REST only; the collector counts only the measured ones (MEAL)
                new Load(http, base, token, codes, concurrency, "[\"REST\"]").run(5);
                Load load = new Load(http, base, token, codes, concurrency, "[\"CONVERSATION\",\"MEAL\"]");
                load.run(seconds);
                long sent = load.ok.get();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (lag.count() < sent && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                lag.stop();
                lagThread.join();

                Histogram latency = load.latencyMicros;
                System.out.printf("POST /visits: %d concurrent clients, %d s (after 5 s warm-up), %d client codes%n", concurrency, seconds, clientCount);
                System.out.printf("  throughput %,.0f req/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms; %,d ok, %,d errors%n",
                        sent / (double) seconds, latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                        latency.getMaxValue() / 1000.0, sent, load.errors.get());
                Histogram l = lag.lagMicros();
                System.out.printf("outbox lag commit -> consumer (VisitRecorded): p50 %.1f ms, p99 %.1f ms, max %.1f ms; %,d of %,d events received%n",
                        l.getValueAtPercentile(50) / 1000.0, l.getValueAtPercentile(99) / 1000.0, l.getMaxValue() / 1000.0, lag.count(), sent);
                System.out.printf("machine: %d cores, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
    }

    static HttpResponse<String> send(HttpClient http, String uri, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "visit-bench-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of("visit-events"));
        return consumer;
    }

    /** Closed-loop load: each worker sends the next named visit as soon as the previous one is answered. */
    static final class Load {
        final Histogram latencyMicros = new Histogram(60_000_000L, 3);
        final AtomicLong ok = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        private final HttpClient http;
        private final String base;
        private final String token;
        private final List<String> codes;
        private final int concurrency;
        private final String activities;

        Load(HttpClient http, String base, String token, List<String> codes, int concurrency, String activities) {
            this.activities = activities;
            this.http = http;
            this.base = base;
            this.token = token;
            this.codes = codes;
            this.concurrency = concurrency;
        }

        void run(int seconds) throws InterruptedException {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int offset = w;
                Thread worker = new Thread(() -> {
                    Histogram mine = new Histogram(60_000_000L, 3);
                    for (int i = offset; System.nanoTime() < end; i += concurrency) {
                        String body = "{\"clientCode\":\"" + codes.get(i % codes.size()) + "\",\"activities\":" + activities + "}";
                        long start = System.nanoTime();
                        try {
                            send(http, base + "/visits", token, body);
                            mine.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                            ok.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    synchronized (latencyMicros) {
                        latencyMicros.add(mine);
                    }
                });
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
    }

    /** Receives visit-events and records, per measured VisitRecorded (activity MEAL), receive time minus the envelope's recordedAt. */
    static final class LagCollector implements Runnable {
        private final KafkaConsumer<String, String> consumer;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Histogram lag = new Histogram(600_000_000L, 3);
        private final AtomicLong received = new AtomicLong();

        LagCollector(KafkaConsumer<String, String> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void run() {
            while (running.get()) {
                var records = consumer.poll(Duration.ofMillis(50));
                Instant now = Instant.now();
                for (ConsumerRecord<String, String> r : records) {
                    try {
                        JsonNode envelope = JSON.readTree(r.value());
                        if (!"VisitRecorded".equals(envelope.path("type").asText())
                                || !envelope.path("payload").path("activities").toString().contains("MEAL")) {
                            continue;
                        }
                        long micros = Duration.between(Instant.parse(envelope.path("recordedAt").asText()), now).toNanos() / 1000;
                        synchronized (lag) {
                            lag.recordValue(Math.max(1, micros));
                        }
                        received.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException("unreadable event: " + r.value(), e);
                    }
                }
            }
        }

        long count() {
            return received.get();
        }

        Histogram lagMicros() {
            synchronized (lag) {
                return lag.copy();
            }
        }

        void stop() {
            running.set(false);
        }
    }
}
