package no.sentret.platform.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.infra.testing.TopicWriter;
import no.sentret.platform.records.ClientCodes;
import org.junit.jupiter.api.Test;

/**
 * The kit's Kafka clients take every {@code kafka.*} setting, security included: with the app
 * pointed at the test broker's SASL/PLAIN listener (which refuses unauthenticated clients), the
 * directory feed still reads the registry.
 */
@QuarkusTest
@TestProfile(SaslBrokerTest.OnlySasl.class)
class SaslBrokerTest {

    public static class OnlySasl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "${" + RealInfrastructureResource.SASL + "}",
                    "kafka.security.protocol", "SASL_PLAINTEXT",
                    "kafka.sasl.mechanism", "PLAIN",
                    "kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                            + KafkaBroker.SASL_USER + "\" password=\"" + KafkaBroker.SASL_PASSWORD + "\";",
                    "sentret.client-directory.group", "sasl-directory-test");
        }
    }

    @Inject
    ClientDirectory directory;

    @Inject
    org.eclipse.microprofile.config.Config config;

    @Test
    void theDirectoryFeedReadsThroughTheSaslListener() throws InterruptedException {
        assertEquals(config.getValue(RealInfrastructureResource.SASL, String.class),
                config.getValue("kafka.bootstrap.servers", String.class), "the app talks to the SASL listener only");
        String code = ClientCodes.issue(8);
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitEvents.clientRegistered(code);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!directory.exists(code)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the feed did not read the registration through the SASL listener within 30 s");
            }
            Thread.sleep(100);
        }
    }
}
