package no.sentret.bench;

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
import no.sentret.infra.kafka.KafkaBroker;

/**
 * What the gateway costs per request beyond any proxy (issue 20), and which of its concerns costs it:
 * {@link BareProxy} and one or more gateways ({@code SENTRET_BENCH_GATEWAYS}, checkouts and settings as in
 * {@link Checkouts}, default this checkout) all in front of a {@link StubUpstream}, so that neither a service
 * nor a database nor a broker is in the figures. Rounds alternate the proxies, one under load at a time (the
 * others idle), and each proxy's own CPU time per request is the figure; with WritePathBench's full stack the
 * differences between settings drowned in the services' and PostgreSQL's noise.
 * Args: [concurrency=16] [secondsPerRound=10] [rounds=3]; {@code SENTRET_BENCH_WARMUP} seconds per proxy first (default 60).
 * {@code SENTRET_BENCH_JFR=1} records a Java Flight Recorder profile of each gateway over the measured rounds
 * ({@code bench/run JfrProfile <file>}).
 */
public final class GatewayOverheadBench {

    private static final String VISIT = "{\"activities\":[\"CONVERSATION\",\"MEAL\"]}";
    private static final String BARE = "bare proxy";

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("SENTRET_BENCH_WARMUP", "60"));
        List<Checkouts> gateways = Checkouts.parse(System.getenv().getOrDefault("SENTRET_BENCH_GATEWAYS", "this=."));
        Path work = Files.createTempDirectory("gateway-overhead-bench-");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String staff = GatewayBench.token(keys, "staff");
        System.out.println("work directory (logs): " + work + "; gateways: " + gateways);

        List<Process> processes = new ArrayList<>();
        // the revocation feed's topic: every gateway reads it, as replicas do
        try (KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), 0, work.resolve("kafka.log"))) {
            int upstreamPort = KafkaBroker.freePort();
            Process upstream = java(StubUpstream.class, work.resolve("upstream.log"), Integer.toString(upstreamPort));
            processes.add(upstream);
            int barePort = KafkaBroker.freePort();
            Process bare = java(BareProxy.class, work.resolve("bare-proxy.log"), Integer.toString(barePort),
                    Integer.toString(upstreamPort), "/bare");
            processes.add(bare);
            Map<String, Process> proxies = new LinkedHashMap<>();
            Map<String, String> uris = new LinkedHashMap<>();
            proxies.put(BARE, bare);
            uris.put(BARE, "http://localhost:" + barePort + "/bare/visits");
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (Checkouts g : gateways) {
                int port = KafkaBroker.freePort();
                Map<String, String> env = new LinkedHashMap<>(GatewayBench.GATEWAY_SETTINGS);
                env.putAll(g.env());
                env.putAll(Map.of("QUARKUS_HTTP_PORT", Integer.toString(port),
                        "VISIT_SERVICE_URL", "http://localhost:" + upstreamPort,
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
                Process gateway = GatewayBench.start(GatewayBench.requireJar(g.root().resolve("gateway/target/quarkus-app/quarkus-run.jar")),
                        keys, work.resolve(g.label() + "-gateway.log"), env);
                processes.add(gateway);
                GatewayBench.awaitReady(http, java.net.URI.create("http://localhost:" + port + "/q/health/ready"), gateway);
                proxies.put(g.label(), gateway);
                uris.put(g.label(), "http://localhost:" + port + "/api/visits");
            }
            WritePathBench.awaitListening(upstreamPort, upstream);
            WritePathBench.awaitListening(barePort, bare);

            Map<String, WritePathBench.Target> targets = new LinkedHashMap<>();
            uris.forEach((label, uri) -> targets.put(label, new WritePathBench.Target(http, uri, staff, i -> VISIT)));
            for (WritePathBench.Target t : targets.values()) {
                t.run(concurrency, warmUp);
                t.reset();
            }
            boolean jfr = "1".equals(System.getenv("SENTRET_BENCH_JFR"));
            for (Checkouts g : jfr ? gateways : List.<Checkouts>of()) {
                WritePathBench.jcmd(proxies.get(g.label()), "JFR.start", "name=bench", "settings=profile",
                        "filename=" + work.resolve(g.label() + "-gateway.jfr"));
            }
            Map<String, Map<String, Long>> cpuByProxy = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                List<String> order = new ArrayList<>(targets.keySet());
                java.util.Collections.rotate(order, -r);
                for (String label : order) {
                    CpuMeter cpu = new CpuMeter().add("proxy", proxies.get(label).toHandle()).addJit("proxy", proxies.get(label).toHandle())
                            .add("upstream", upstream.toHandle()).add("load", ProcessHandle.current());
                    Map<String, Long> before = cpu.snapshotMillis();
                    GatewayBench.report(String.format("%-16s round %d", label, r + 1), targets.get(label).run(concurrency, seconds));
                    Map<String, Long> delta = CpuMeter.delta(before, cpu.snapshotMillis());
                    delta.forEach((k, v) -> cpuByProxy.computeIfAbsent(label, x -> new LinkedHashMap<>()).merge(k, v, Long::sum));
                }
            }

            for (Checkouts g : jfr ? gateways : List.<Checkouts>of()) {
                WritePathBench.jcmd(proxies.get(g.label()), "JFR.stop", "name=bench");
                System.out.println("profile: " + work.resolve(g.label() + "-gateway.jfr"));
            }
            System.out.printf("%n== %d concurrent clients, %d rounds of %d s, %d s warm-up each; upstream: a stub ==%n",
                    concurrency, rounds, seconds, warmUp);
            Map<String, Double> proxyMillis = new LinkedHashMap<>();
            for (String label : targets.keySet()) {
                GatewayBench.Result total = GatewayBench.report(String.format("%-16s", label), targets.get(label).total());
                Map<String, Long> cpu = cpuByProxy.get(label);
                proxyMillis.put(label, cpu.get("proxy") / (double) total.requests());
                System.out.printf("%-16s  %s%n", "", CpuMeter.perRequest(cpu, total.requests()));
            }
            double floor = proxyMillis.get(BARE);
            System.out.println("the proxy's own CPU per request, and beyond the bare proxy's:");
            proxyMillis.forEach((label, ms) -> System.out.printf("  %-16s %.3f ms  (+%.3f ms, %.2f x the bare proxy)%n",
                    label, ms, ms - floor, ms / floor));
            System.out.println("load average (1/5/15 min): " + Files.readString(Paths.get("/proc/loadavg")).trim());
        } finally {
            for (Process p : processes) {
                p.destroy();
            }
            for (Process p : processes) {
                p.waitFor();
            }
        }
    }

    /** A class of this module in a JVM of its own. */
    static Process java(Class<?> main, Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
