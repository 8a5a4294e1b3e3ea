package no.sentret.infra.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.postgres.LocalPostgres;

/**
 * The whole suite on one machine: PostgreSQL (embedded unless configured), a Kafka broker (unless
 * configured), Keycloak with the realm {@code sentret}, and the six apps as their packaged fast-jars.
 * {@link #start} returns once every component is ready; {@link #close} stops everything it started
 * (also run by a shutdown hook, so a test that fails or a Ctrl-C leaves no process behind).
 * Used by the {@code ./sentret} launcher ({@link SuiteMain}), the end-to-end test and the benchmarks.
 */
public final class Suite implements AutoCloseable {

    private final SuiteOptions options;
    private final SuiteLock lock;
    private final List<ChildProcess> processes = new ArrayList<>();
    private final Map<App, ChildProcess> apps = new EnumMap<>(App.class);
    private final Map<String, Duration> readyAfter = new LinkedHashMap<>();
    private final long startedAt = System.nanoTime();
    private final Thread shutdownHook = new Thread(this::stopAll, "sentret-suite-stop");
    private SupervisedPostgres postgres;
    private ChildProcess keycloak;
    private Map<String, String> databases = Map.of();
    private Supervisor supervisor;
    private KafkaBroker kafka;
    private ClientSecrets secrets;
    private String kafkaBootstrap;
    private volatile boolean stopped;
    private Process reaper;

    private Suite(SuiteOptions options, SuiteLock lock) {
        this.options = options;
        this.lock = lock;
    }

    /** Starts everything and waits until each component is ready; on failure stops what it started and throws. */
    public static Suite start(SuiteOptions options) {
        SuiteLock lock = SuiteLock.acquire(options.home());
        Suite suite = new Suite(options, lock);
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        try {
            suite.startAll();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private void startAll() {
        checkPorts();
        checkJars();
        lock.describe("pid " + ProcessHandle.current().pid() + ", gateway " + gatewayUrl());
        startReaper();
        secrets = ClientSecrets.loadOrCreate(options.home());
        Path keycloakDist = KeycloakServer.ensureDistribution(options);
        // Keycloak is the slowest to start: it boots while the database and broker come up
        keycloak = track(KeycloakServer.start(keycloakDist, options, secrets));
        databases = startDatabase();
        startKafka();
        for (App app : options.apps()) {
            apps.put(app, track(startApp(app, databases.get(app.module()))));
        }
        awaitReady("keycloak", keycloak, issuerUrl() + "/.well-known/openid-configuration");
        // the browser client returns to this suite's gateway, whatever its port (see WebClientRedirects)
        WebClientRedirects.pointAt(keycloakUrl(), KeycloakServer.REALM, gatewayUrl());
        for (Map.Entry<App, ChildProcess> e : apps.entrySet()) {
            awaitReady(e.getKey().module(), e.getValue(), managementUrl(e.getKey()) + "/q/health/ready");
        }
    }

    private void checkPorts() {
        for (App app : options.apps()) {
            Ports.requireFree(options.appPort(app), app.module());
            Ports.requireFree(options.managementPort(app), app.module() + " management");
        }
        Ports.requireFree(options.keycloakPort(), "keycloak");
        if (options.externalKafka() == null) {
            Ports.requireFree(options.kafkaPort(), "kafka");
        }
        if (options.externalJdbcUrl() == null) {
            Ports.requireFree(options.postgresPort(), "postgres");
        }
    }

    private void checkJars() {
        List<String> missing = new ArrayList<>();
        for (App app : options.apps()) {
            if (!Files.isRegularFile(jar(app))) {
                missing.add(jar(app).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new SuiteException("not built: " + String.join(", ", missing)
                    + ". Run `mvn -DskipTests package` at the root (./sentret does it for you).");
        }
    }

    /** @return module → JDBC URL of its own database */
    private Map<String, String> startDatabase() {
        Map<String, String> urls = new HashMap<>();
        if (options.externalJdbcUrl() != null) {
            String admin = options.externalJdbcUrl();
            for (App app : options.apps()) {
                if (app.database() != null) {
                    LocalPostgres.ensureDatabase(admin, options.externalDbUser(), options.externalDbPassword(), app.database());
                    urls.put(app.module(), admin.replaceFirst("/[^/?]*(\\?|$)", "/" + app.database() + "$1"));
                }
            }
            return urls;
        }
        Path log = options.logDir().resolve("postgres.log");
        postgres = new SupervisedPostgres(LocalPostgres.start(options.home().resolve("postgres"), options.postgresPort(), log),
                log, this::registerPostgres);
        registerPostgres();
        for (App app : options.apps()) {
            if (app.database() != null) {
                postgres.server().ensureDatabase(app.database());
                urls.put(app.module(), postgres.server().jdbcUrl(app.database()));
            }
        }
        readyAfter.put("postgres", Duration.ofNanos(System.nanoTime() - startedAt));
        return urls;
    }

    private void startKafka() {
        if (options.externalKafka() != null) {
            kafkaBootstrap = options.externalKafka();
            return;
        }
        kafka = KafkaBroker.start(options.home().resolve("kafka"), options.kafkaPort(), options.logDir().resolve("kafka.log"));
        kafkaBootstrap = kafka.bootstrapServers();
        readyAfter.put("kafka", Duration.ofNanos(System.nanoTime() - startedAt));
    }

    private ChildProcess startApp(App app, String jdbcUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_PROFILE", "prod");
        // the prod profile logs JSON (for a log collector); the suite's log files are read by people
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(options.appPort(app)));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(options.managementPort(app)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("SENTRET_OIDC_URL", issuerUrl());
        // the apps boot while Keycloak does; quarkus-oidc then discovers it on the first request, and the
        // suite is reported ready only once Keycloak is
        if (jdbcUrl != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres != null ? LocalPostgres.USER : options.externalDbUser());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres != null ? "" : options.externalDbPassword());
        }
        if (app == App.GATEWAY) {
            for (App upstream : App.values()) {
                if (upstream.upstreamVariable() != null) {
                    env.put(upstream.upstreamVariable(), serviceUrl(upstream));
                }
            }
        }
        if (app == App.OUTREACH) {
            env.putAll(secrets.appEnvironment());
        }
        if (app == App.STATS) {
            // the suite plays past years today (the e2e's compressed 2018, a developer's demo data): the nightly job
            // would freeze them and leave their later events out. Years are frozen here only on demand
            // (POST /api/stats/frozen-years/{year}); production keeps the job (stats-service README).
            env.put("SENTRET_STATS_FREEZE_CRON", "off");
        }
        // likewise the services' nightly retention (03:30 Oslo): it would de-identify the back-dated records a
        // run plays while it plays them; production keeps it (each service's README, "Retention")
        env.put("SENTRET_RETENTION_ENABLED", "false");
        env.putAll(options.appEnvironment());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(options.appJavaOptions().trim().split("\\s+")));
        cmd.add("-jar");
        cmd.add(jar(app).toString());
        // its own working directory: Quarkus reads config/ and .env from there, never from the checkout
        return ChildProcess.start(app.module(), cmd, options.home().resolve("run").resolve(app.module()), env,
                options.logDir().resolve(app.module() + ".log"));
    }

    private Path jar(App app) {
        return options.root().resolve(app.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * From now on, a component that dies is started again with back-off ({@link Supervisor}), and
     * {@code say} is told each time. Stopped with the suite.
     */
    public synchronized Supervisor supervise(RestartBackOff.Policy policy, java.util.function.Consumer<String> say) {
        if (supervisor == null) {
            supervisor = new Supervisor(policy, say, this::restartables).start();
        }
        return supervisor;
    }

    private List<Restartable> restartables() {
        List<Restartable> all = new ArrayList<>();
        for (App app : options.apps()) {
            all.add(new SupervisedChild(app.module(), () -> apps.get(app), () -> restart(app, false), () -> stopped));
        }
        all.add(new SupervisedChild("keycloak", () -> keycloak, this::restartKeycloak, () -> stopped));
        if (kafka != null) {
            all.add(new SupervisedBroker(kafka, options.logDir().resolve("kafka.log"), this::restartBroker, () -> stopped));
        }
        if (postgres != null) {
            all.add(postgres);
        }
        return all;
    }

    private synchronized void restartBroker() {
        if (!stopped) {
            kafka.restart();
        }
    }

    /** The pid of an app's process (a fast-jar: the JVM itself). */
    public long pid(App app) {
        return apps.get(app).pid();
    }

    /** {@code kill -9} of an app, as a crash (or the OOM killer) would end it; returns once it is gone. */
    public void kill(App app) {
        apps.get(app).kill();
    }

    /**
     * Starts an app again on its own ports with its own environment after it died (or was
     * {@linkplain #kill killed}), and waits until it is ready when asked to.
     */
    public void restart(App app, boolean awaitReady) {
        ChildProcess again;
        synchronized (this) {
            if (stopped) {
                return;
            }
            again = replace(apps.get(app), apps.get(app).startAgain());
            apps.put(app, again);
        }
        if (awaitReady) {
            Readiness.await(again, managementUrl(app) + "/q/health/ready", Duration.ofMinutes(3));
        }
    }

    /** Waits until an app answers ready (e.g. after the supervisor started it again). */
    public void awaitReady(App app, Duration timeout) {
        Readiness.await(null, managementUrl(app) + "/q/health/ready", timeout);
    }

    private synchronized void restartKeycloak() {
        if (!stopped) {
            keycloak = replace(keycloak, keycloak.startAgain());
        }
    }

    private ChildProcess replace(ChildProcess dead, ChildProcess again) {
        synchronized (processes) {
            processes.remove(dead);
        }
        return track(again);
    }

    /**
     * Stops the suite's own PostgreSQL immediately (connections cut, as a crash of the server or its
     * host would), keeping its data; {@link #startPostgresAgain} brings it back on the same port.
     */
    public synchronized void stopPostgresImmediately() {
        requireOwnPostgres().stopImmediately();
    }

    /** Starts the suite's own PostgreSQL again on the same port and data after {@link #stopPostgresImmediately}. */
    public synchronized void startPostgresAgain() {
        requireOwnPostgres().startAgain();
    }

    private SupervisedPostgres requireOwnPostgres() {
        if (postgres == null) {
            throw new IllegalStateException("the suite uses an external database; it does not stop it");
        }
        return postgres;
    }

    private ChildProcess track(ChildProcess p) {
        synchronized (processes) {
            processes.add(p);
        }
        SuiteReaper.register(pidFile(), p.pid());
        return p;
    }

    private Path pidFile() {
        return options.home().resolve("suite.pids");
    }

    /** The watchdog that stops the components should this JVM die without running {@link #close}. */
    private void startReaper() {
        try {
            Files.createDirectories(options.logDir());
            Files.deleteIfExists(pidFile());
            Files.createFile(pidFile());
            String self = Path.of(SuiteReaper.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            reaper = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", self,
                    SuiteReaper.class.getName(), Long.toString(ProcessHandle.current().pid()), pidFile().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(options.logDir().resolve("reaper.log").toFile()))
                    .start();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new SuiteException("could not start the suite's watchdog: " + e.getMessage(), e);
        }
    }

    /** PostgreSQL runs detached from us (pg_ctl): its postmaster pid is in its data directory. */
    private void registerPostgres() {
        try {
            String first = Files.readAllLines(options.home().resolve("postgres/postmaster.pid")).get(0).trim();
            SuiteReaper.register(pidFile(), Long.parseLong(first));
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("could not read PostgreSQL's pid: " + e.getMessage());
        }
    }

    private void awaitReady(String name, ChildProcess process, String url) {
        Duration left = options.startTimeout().minus(Duration.ofNanos(System.nanoTime() - startedAt));
        Readiness.await(process, url, left.isNegative() ? Duration.ofSeconds(1) : left);
        Duration after = Duration.ofNanos(System.nanoTime() - startedAt);
        readyAfter.put(name, after);
        System.out.printf("  %-18s ready after %5.1f s%n", name, after.toMillis() / 1000.0);
    }

    public String gatewayUrl() {
        return serviceUrl(App.GATEWAY);
    }

    public String swaggerUiUrl() {
        return gatewayUrl() + "/api/docs";
    }

    public String serviceUrl(App app) {
        return "http://localhost:" + options.appPort(app);
    }

    /** Health, metrics and the OpenAPI document: Quarkus's management interface, which the gateway never routes to. */
    public String managementUrl(App app) {
        return "http://localhost:" + options.managementPort(app);
    }

    public String keycloakUrl() {
        return "http://localhost:" + options.keycloakPort();
    }

    /** The realm's issuer, e.g. {@code http://localhost:8090/realms/sentret}. */
    public String issuerUrl() {
        return KeycloakServer.issuer(options.keycloakPort());
    }

    public String tokenUrl() {
        return issuerUrl() + "/protocol/openid-connect/token";
    }

    /** The secret of a confidential client ({@code sentret-municipality}, {@code sentret-kiosk}, {@code sentret-frontdesk-integration}). */
    public String clientSecret(String clientId) {
        return secrets.of(clientId);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    /** The broker process, to stop and restart in outage scenarios; null when an external broker is used. */
    public KafkaBroker broker() {
        return kafka;
    }

    public SuiteOptions options() {
        return options;
    }

    /** Time from {@link #start} to each component being ready, in the order they became ready. */
    public Map<String, Duration> readyAfter() {
        return Map.copyOf(readyAfter);
    }

    public Duration startDuration() {
        return readyAfter.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Every live process of the suite (this JVM excluded), e.g. to sum their memory. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        synchronized (processes) {
            processes.forEach(p -> all.addAll(p.tree()));
        }
        ProcessHandle.current().children().forEach(child -> {
            if (all.stream().noneMatch(h -> h.pid() == child.pid())) {
                all.add(child);
                child.descendants().forEach(all::add);
            }
        });
        return all;
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook's own shutdown
        }
    }

    /** The apps and Keycloak together (nothing depends on their order), then the broker, the database last. */
    private synchronized void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (supervisor != null) {
            supervisor.close();
        }
        List<ChildProcess> reversed;
        synchronized (processes) {
            reversed = new ArrayList<>(processes);
        }
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(p -> p.stop(20));
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            try {
                postgres.server().close();
            } catch (RuntimeException e) {
                System.err.println("stopping PostgreSQL: " + e.getMessage());
            }
        }
        if (reaper != null) {
            try {
                Files.deleteIfExists(pidFile());
            } catch (java.io.IOException e) {
                // the reaper finds nothing alive to stop anyway
            }
            reaper.destroy();
        }
        lock.close();
    }
}
