package no.sentret.infra.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How to run the suite: where the checkout and the data folder are, the ports, and which external
 * servers to use instead of the embedded ones. {@link #fromEnvironment} reads the documented
 * {@code SENTRET_*} variables; tests build options in code (e.g. {@link #withFreePorts()}).
 */
public final class SuiteOptions {

    private final Path root;
    private Path home;
    private Path logDir;
    private Path keycloakDir;
    private final Map<App, Integer> appPorts = new EnumMap<>(App.class);
    private final Map<App, Integer> managementPorts = new EnumMap<>(App.class);
    private int keycloakPort = 8090;
    private int kafkaPort = 19092;
    private int postgresPort = 15432;
    private String externalJdbcUrl;
    private String externalDbUser = "postgres";
    private String externalDbPassword = "";
    private String externalKafka;
    private Duration startTimeout = Duration.ofMinutes(5);
    private String appJavaOptions = "-Xms32m -Xmx256m -XX:+UseSerialGC";
    private String keycloakHeap = "-Xms64m -Xmx512m";
    private final Set<App> apps = EnumSet.allOf(App.class);
    private final Map<String, String> appEnvironment = new LinkedHashMap<>();

    private SuiteOptions(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.home = this.root.resolve(".sentret");
        for (App app : App.values()) {
            appPorts.put(app, app.defaultPort());
            managementPorts.put(app, app.defaultManagementPort());
        }
    }

    /** Defaults: data in {@code <root>/.sentret}, the documented ports, embedded PostgreSQL and Kafka. */
    public static SuiteOptions defaults(Path root) {
        return new SuiteOptions(root);
    }

    /**
     * Defaults overridden by the environment: {@code SENTRET_HOME}, {@code SENTRET_<APP>_PORT}, {@code SENTRET_<APP>_MANAGEMENT_PORT},
     * {@code SENTRET_KEYCLOAK_PORT}, {@code SENTRET_KAFKA_PORT}, {@code SENTRET_POSTGRES_PORT},
     * {@code SENTRET_POSTGRES_URL} (+ {@code _USER}, {@code _PASSWORD}) or the standard
     * {@code QUARKUS_DATASOURCE_JDBC_URL} (+ {@code _USERNAME}, {@code _PASSWORD}) for an external server,
     * {@code KAFKA_BOOTSTRAP_SERVERS} for an external broker, {@code SENTRET_START_TIMEOUT} (seconds),
     * {@code SENTRET_APP_JAVA_OPTS}.
     */
    public static SuiteOptions fromEnvironment(Path root, Map<String, String> env) {
        SuiteOptions o = new SuiteOptions(root);
        if (present(env, "SENTRET_HOME")) {
            o.home(Path.of(env.get("SENTRET_HOME")));
        }
        for (App app : App.values()) {
            if (present(env, app.portVariable())) {
                o.appPort(app, parsePort(env, app.portVariable()));
            }
            if (present(env, app.managementPortVariable())) {
                o.managementPort(app, parsePort(env, app.managementPortVariable()));
            }
        }
        if (present(env, "SENTRET_KEYCLOAK_PORT")) {
            o.keycloakPort = parsePort(env, "SENTRET_KEYCLOAK_PORT");
        }
        if (present(env, "SENTRET_KAFKA_PORT")) {
            o.kafkaPort = parsePort(env, "SENTRET_KAFKA_PORT");
        }
        if (present(env, "SENTRET_POSTGRES_PORT")) {
            o.postgresPort = parsePort(env, "SENTRET_POSTGRES_PORT");
        }
        if (present(env, "SENTRET_POSTGRES_URL")) {
            o.externalPostgres(env.get("SENTRET_POSTGRES_URL"), env.getOrDefault("SENTRET_POSTGRES_USER", "postgres"),
                    env.getOrDefault("SENTRET_POSTGRES_PASSWORD", ""));
        } else if (present(env, "QUARKUS_DATASOURCE_JDBC_URL")) {
            o.externalPostgres(env.get("QUARKUS_DATASOURCE_JDBC_URL"), env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                    env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
        }
        if (present(env, "KAFKA_BOOTSTRAP_SERVERS")) {
            o.externalKafka(env.get("KAFKA_BOOTSTRAP_SERVERS"));
        }
        if (present(env, "SENTRET_START_TIMEOUT")) {
            o.startTimeout(Duration.ofSeconds(Long.parseLong(env.get("SENTRET_START_TIMEOUT").trim())));
        }
        if (present(env, "SENTRET_APP_JAVA_OPTS")) {
            o.appJavaOptions(env.get("SENTRET_APP_JAVA_OPTS"));
        }
        return o;
    }

    /** Every port (apps, Keycloak, Kafka, PostgreSQL) a free one: for tests running beside a developer's suite. */
    public SuiteOptions withFreePorts() {
        // distinct: the OS may hand out a just-released port again
        Set<Integer> taken = new java.util.HashSet<>();
        for (App app : App.values()) {
            appPorts.put(app, distinctFreePort(taken));
            managementPorts.put(app, distinctFreePort(taken));
        }
        keycloakPort = distinctFreePort(taken);
        kafkaPort = distinctFreePort(taken);
        postgresPort = distinctFreePort(taken);
        return this;
    }

    private static int distinctFreePort(Set<Integer> taken) {
        int port = Ports.free();
        while (!taken.add(port)) {
            port = Ports.free();
        }
        return port;
    }

    public SuiteOptions home(Path home) {
        this.home = home.toAbsolutePath().normalize();
        return this;
    }

    public SuiteOptions logDir(Path logDir) {
        this.logDir = logDir.toAbsolutePath().normalize();
        return this;
    }

    /** Where the Keycloak distribution is unpacked (default {@code <home>/keycloak}); its H2 data lives inside it. */
    public SuiteOptions keycloakDir(Path keycloakDir) {
        this.keycloakDir = keycloakDir.toAbsolutePath().normalize();
        return this;
    }

    public SuiteOptions appPort(App app, int port) {
        appPorts.put(app, port);
        return this;
    }

    public SuiteOptions managementPort(App app, int port) {
        managementPorts.put(app, port);
        return this;
    }

    public SuiteOptions externalPostgres(String jdbcUrl, String user, String password) {
        this.externalJdbcUrl = jdbcUrl;
        this.externalDbUser = user;
        this.externalDbPassword = password == null ? "" : password;
        return this;
    }

    public SuiteOptions externalKafka(String bootstrapServers) {
        this.externalKafka = bootstrapServers;
        return this;
    }

    public SuiteOptions startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    public SuiteOptions appJavaOptions(String options) {
        this.appJavaOptions = options;
        return this;
    }

    /** Start only these apps (e.g. while a module is not built yet); the gateway still gets every upstream URL. */
    public SuiteOptions only(Set<App> selection) {
        apps.retainAll(selection);
        return this;
    }

    /** An extra variable for every app, e.g. a shorter outbox poll interval in a test. */
    public SuiteOptions appEnvironment(String name, String value) {
        appEnvironment.put(name, value);
        return this;
    }

    public Path root() {
        return root;
    }

    public Path home() {
        return home;
    }

    public Path logDir() {
        return logDir != null ? logDir : home.resolve("logs");
    }

    public Path keycloakDir() {
        return keycloakDir != null ? keycloakDir : home.resolve("keycloak");
    }

    public int appPort(App app) {
        return appPorts.get(app);
    }

    public int managementPort(App app) {
        return managementPorts.get(app);
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int postgresPort() {
        return postgresPort;
    }

    public String externalJdbcUrl() {
        return externalJdbcUrl;
    }

    public String externalDbUser() {
        return externalDbUser;
    }

    public String externalDbPassword() {
        return externalDbPassword;
    }

    public String externalKafka() {
        return externalKafka;
    }

    public Duration startTimeout() {
        return startTimeout;
    }

    public String appJavaOptions() {
        return appJavaOptions;
    }

    public String keycloakHeap() {
        return keycloakHeap;
    }

    public Set<App> apps() {
        return EnumSet.copyOf(apps);
    }

    public Map<String, String> appEnvironment() {
        return Map.copyOf(appEnvironment);
    }

    private static boolean present(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }

    private static int parsePort(Map<String, String> env, String name) {
        try {
            int port = Integer.parseInt(env.get(name).trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new SuiteException(name + " must be a port number (1-65535), not '" + env.get(name) + "'");
        }
    }
}
