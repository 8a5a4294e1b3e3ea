package no.sentret.infra.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker in KRaft mode, run as its own JVM from the jars Maven
 * resolved for this module. It can be stopped and started again on the same ports and log
 * directory, which is how the outage tests take the broker away and bring it back.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final int saslPort;
    private final Path logFile;
    private Process process;
    private long startedAt;

    private KafkaBroker(Path dir, int port, int controllerPort, int saslPort, Path logFile) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.saslPort = saslPort;
        this.logFile = logFile;
    }

    /**
     * Formats {@code dir} on first use and starts the broker.
     *
     * @param port the client port, or 0 for a free one
     */
    public static KafkaBroker start(Path dir, int port, Path logFile) {
        try {
            Files.createDirectories(dir);
            int clientPort = port == 0 ? freePort() : port;
            KafkaBroker broker = new KafkaBroker(dir, clientPort, freePortOr(dir.resolve("controller.port")),
                    freePortOr(dir.resolve("sasl.port")), logFile);
            broker.writeConfig();
            broker.formatIfNew();
            broker.startProcess();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /**
     * A second listener that requires SASL/PLAIN (user {@link #SASL_USER}, password
     * {@link #SASL_PASSWORD}): proves that clients take their security settings from configuration.
     */
    public String saslBootstrapServers() {
        return "127.0.0.1:" + saslPort;
    }

    public static final String SASL_USER = "sentret";
    public static final String SASL_PASSWORD = "sentret-test-secret";

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The broker JVM's pid, e.g. to freeze it with SIGSTOP; -1 while it is stopped. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /**
     * Freezes the broker with SIGSTOP: its sockets stay open but nothing answers, which clients meet
     * as timeouts rather than refused connections (a stalled host, a long GC pause). {@link #thaw} resumes it.
     */
    public synchronized void freeze() {
        signal("STOP");
    }

    /** SIGCONT after {@link #freeze}. */
    public synchronized void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        if (process == null) {
            throw new IllegalStateException("the broker is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The exit code when the broker's process ended by itself (crashed, killed); empty while it runs
     * and after {@link #stop()}, which is on purpose.
     */
    public synchronized java.util.OptionalInt diedWith() {
        return process == null || process.isAlive() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(process.exitValue());
    }

    /** How long the broker has run since its last start. */
    public synchronized Duration ranFor() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** Stops the broker (as a crash would look to clients: connections drop). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the broker again on the same ports and data after {@link #stop()}. */
    public synchronized void restart() {
        stop();
        startProcess();
    }

    @Override
    public void close() {
        stop();
    }

    private void writeConfig() throws IOException {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort
                        + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "listener.name.sasl_plaintext.sasl.enabled.mechanisms=PLAIN",
                "listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "user_" + SASL_USER + "=\"" + SASL_PASSWORD + "\";",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + dir.resolve("data").toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Files.writeString(dir.resolve("server.properties"), config);
        Files.writeString(dir.resolve("log4j2.properties"), String.join("\n",
                "appender.out.type=Console",
                "appender.out.name=out",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.out.ref=out",
                "logger.server.name=kafka.server.KafkaRaftServer",
                "logger.server.level=INFO",
                ""));
    }

    private void formatIfNew() throws IOException {
        if (Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        Process format = launch(List.of("kafka.tools.StorageTool", "format", "--standalone",
                "-t", Uuid.randomUuid().toString(), "-c", dir.resolve("server.properties").toString()));
        try {
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void startProcess() {
        try {
            process = launch(List.of("kafka.Kafka", dir.resolve("server.properties").toString()));
            startedAt = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(Duration.ofSeconds(120));
    }

    private Process launch(List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xms128m");
        cmd.add("-Xmx512m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties").toAbsolutePath());
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(ParentWatchingMain.class.getName());
        cmd.add(Long.toString(ProcessHandle.current().pid()));
        cmd.addAll(mainAndArgs);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited during start-up; see " + logFile);
            }
            try (Admin admin = Admin.create(props)) {
                if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            sleep(300);
        }
        throw new IllegalStateException("the Kafka broker did not become ready in " + timeout + "; see " + logFile);
    }

    /** The broker's jars (resolved by Maven at build time) plus this module, for {@link ParentWatchingMain}. */
    static String classpath() throws IOException {
        String jars;
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka-broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka-broker.classpath missing: build platform/local-infra with Maven");
            }
            jars = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        String self;
        try {
            self = Paths.get(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return self + java.io.File.pathSeparator + jars;
    }

    private static int freePortOr(Path remembered) throws IOException {
        // the controller port is part of the formatted quorum: keep it across restarts of the same data
        if (Files.exists(remembered)) {
            return Integer.parseInt(Files.readString(remembered).trim());
        }
        int p = freePort();
        Files.writeString(remembered, Integer.toString(p));
        return p;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
