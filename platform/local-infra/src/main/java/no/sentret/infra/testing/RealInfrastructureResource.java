package no.sentret.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
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
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password(),
                "kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // the servers live as long as the JVM: the next test class reuses them
    }
}
