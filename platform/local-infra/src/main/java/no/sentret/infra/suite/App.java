package no.sentret.infra.suite;

/**
 * The six Quarkus apps of the suite: the Maven module that builds each, its default port and
 * management port (health, metrics, the OpenAPI document: Quarkus's management interface, never
 * behind the gateway), its database (one per service; the gateway has none) and the variable that
 * tells the gateway where it is.
 */
public enum App {
    VISIT("visit-service", 8181, 9181, "visit", "VISIT_SERVICE_URL"),
    HEALTH("health-service", 8182, 9182, "health", "HEALTH_SERVICE_URL"),
    LEGAL_AID("legal-aid-service", 8183, 9183, "legal_aid", "LEGAL_AID_SERVICE_URL"),
    OUTREACH("outreach-service", 8184, 9184, "outreach", "OUTREACH_SERVICE_URL"),
    STATS("stats-service", 8185, 9185, "stats", "STATS_SERVICE_URL"),
    GATEWAY("gateway", 8080, 9080, null, null);

    private final String module;
    private final int defaultPort;
    private final int defaultManagementPort;
    private final String database;
    private final String upstreamVariable;

    App(String module, int defaultPort, int defaultManagementPort, String database, String upstreamVariable) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.defaultManagementPort = defaultManagementPort;
        this.database = database;
        this.upstreamVariable = upstreamVariable;
    }

    /** The Maven module folder, also the component's name in logs and messages. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The port of Quarkus's management interface, as in the app's application.properties. */
    public int defaultManagementPort() {
        return defaultManagementPort;
    }

    /** @return the database name, or null for the gateway */
    public String database() {
        return database;
    }

    /** @return the gateway's variable naming this service's URL, or null for the gateway itself */
    public String upstreamVariable() {
        return upstreamVariable;
    }

    /** The environment variable that overrides the port, e.g. {@code SENTRET_LEGAL_AID_PORT}. */
    public String portVariable() {
        return "SENTRET_" + name() + "_PORT";
    }

    /** The environment variable that overrides the management port, e.g. {@code SENTRET_VISIT_MANAGEMENT_PORT}. */
    public String managementPortVariable() {
        return "SENTRET_" + name() + "_MANAGEMENT_PORT";
    }
}
