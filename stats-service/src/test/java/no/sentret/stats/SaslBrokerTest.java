package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * stats-service's consumer takes every {@code kafka.*} setting (the kit's KafkaClients), security
 * included: pointed at the test broker's SASL/PLAIN listener only, it still counts a visit.
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
                            + KafkaBroker.SASL_USER + "\" password=\"" + KafkaBroker.SASL_PASSWORD + "\";");
        }
    }

    @Inject
    AgroalDataSource ds;

    @Inject
    Config config;

    @Test
    void theConsumerCountsThroughTheSaslListener() {
        assertEquals(config.getValue(RealInfrastructureResource.SASL, String.class),
                config.getValue("kafka.bootstrap.servers", String.class), "the app talks to the SASL listener only");
        int year = TestData.freshYears(1);
        String code = TestData.codePrefix("sasl") + "1";
        EventSender.sendAndAwait(ds, List.of(
                Events.clientRegistered(code, "WOMAN", "NO", "26-30", LocalDate.of(year, 3, 1)),
                Events.visitRecorded(UUID.randomUUID(), code, LocalDate.of(year, 3, 2).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant())));
        assertEquals(1, Api.annual(year).uniqueUsers());
    }
}
