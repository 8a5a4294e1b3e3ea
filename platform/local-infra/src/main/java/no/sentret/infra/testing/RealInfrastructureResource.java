package no.sentret.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus test at a real PostgreSQL and a real Kafka broker ({@link TestInfrastructure}).
 * A module adds it once: {@code @WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)}
 * on one test class (or on a shared test profile).
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfrastructure.Database db = TestInfrastructure.database();
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password(),
                "kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers(),
                PLAINTEXT, TestInfrastructure.kafkaBootstrapServers()));
        if (TestInfrastructure.hasOwnBroker()) {
            config.put(SASL, TestInfrastructure.broker().saslBootstrapServers());
        }
        return config;
    }

    /** The broker's plain listener, whatever the app under test is configured with (tests' own readers and writers use it). */
    public static final String PLAINTEXT = "sentret.test.kafka.bootstrap-servers";
    /** The broker's SASL/PLAIN listener (only with the test run's own broker). */
    public static final String SASL = "sentret.test.kafka.sasl-bootstrap-servers";

    /** Read in the test's own class loader: the servers are the ones this resource started for the JVM. */
    public static String plaintextBootstrapServers() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return config.getOptionalValue(PLAINTEXT, String.class)
                .orElseGet(() -> config.getValue("kafka.bootstrap.servers", String.class));
    }

    @Override
    public void stop() {
        // the servers live as long as the JVM: the next test class reuses them
    }
}
