package no.sentret.infra.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuiteOptionsTest {

    private final Path root = Path.of("/checkout");

    @Test
    void defaultsAreTheDocumentedPortsAndAnEmbeddedEverything() {
        SuiteOptions o = SuiteOptions.fromEnvironment(root, Map.of());
        assertEquals(8080, o.appPort(App.GATEWAY));
        assertEquals(8183, o.appPort(App.LEGAL_AID));
        assertEquals(9080, o.managementPort(App.GATEWAY));
        assertEquals(9183, o.managementPort(App.LEGAL_AID));
        assertEquals(8090, o.keycloakPort());
        assertEquals(Path.of("/checkout/.sentret"), o.home());
        assertEquals(Path.of("/checkout/.sentret/logs"), o.logDir());
        assertNull(o.externalJdbcUrl());
        assertNull(o.externalKafka());
    }

    @Test
    void theEnvironmentOverridesPortsFolderAndServers() {
        SuiteOptions o = SuiteOptions.fromEnvironment(root, Map.of(
                "SENTRET_HOME", "/data/sentret", "SENTRET_LEGAL_AID_PORT", "9183", "SENTRET_LEGAL_AID_MANAGEMENT_PORT", "9283", "SENTRET_KEYCLOAK_PORT", "9090",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/postgres", "QUARKUS_DATASOURCE_USERNAME", "sentret",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"));
        assertEquals(9183, o.appPort(App.LEGAL_AID));
        assertEquals(9283, o.managementPort(App.LEGAL_AID));
        assertEquals(9090, o.keycloakPort());
        assertEquals(Path.of("/data/sentret/logs"), o.logDir());
        assertEquals("jdbc:postgresql://db:5432/postgres", o.externalJdbcUrl());
        assertEquals("sentret", o.externalDbUser());
        assertEquals("kafka:9092", o.externalKafka());
    }

    @Test
    void aBadPortIsReportedByItsVariable() {
        SuiteException e = assertThrows(SuiteException.class,
                () -> SuiteOptions.fromEnvironment(root, Map.of("SENTRET_STATS_PORT", "eighty")));
        assertTrue(e.getMessage().contains("SENTRET_STATS_PORT"), e.getMessage());
    }

    @Test
    void freePortsAreDistinct() {
        SuiteOptions o = SuiteOptions.defaults(root).withFreePorts();
        Set<Integer> ports = new HashSet<>();
        for (App app : App.values()) {
            ports.add(o.appPort(app));
            ports.add(o.managementPort(app));
        }
        ports.add(o.keycloakPort());
        ports.add(o.kafkaPort());
        ports.add(o.postgresPort());
        assertEquals(2 * App.values().length + 3, ports.size());
    }
}
