package no.sentret.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus test at the JVM's real Kafka broker only ({@link TestInfrastructure}), for an app without a database (the gateway). */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM
    }
}
