package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.infra.testing.TestInfrastructure;
import no.sentret.stats.ingest.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** Invalid events go to the dead-letter topic with the reason; the consumer carries on (year 2003). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class DeadLetterTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    MeterRegistry registry;

    @Test
    void invalidEventsAreDeadLetteredWithTheReasonAndNeverStopTheConsumer() {
        double before = registry.counter("sentret.stats.dead.letters").count();
        String marker = UUID.randomUUID().toString();
        Events.Ev good = Events.visitRecorded(UUID.randomUUID(), "DL-1", Instant.parse("2003-02-01T10:00:00Z"));
        String version2 = good.value().replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        String noId = Events.visitRecorded(UUID.randomUUID(), "DL-1", Instant.parse("2003-02-01T10:00:00Z")).value()
                .replaceFirst("\"payload\":\\{\"id\":\"[^\"]+\",", "\"payload\":{");
        String unknownType = good.value().replace("VisitRecorded", "VisitTeleported");
        String badGender = Events.clientRegistered("DL-2", "ROBOT", "NO", null, java.time.LocalDate.of(2003, 1, 1)).value();
        EventSender.sendAndAwait(ds, List.of(
                new Events.Ev("visit-events", "DL-1", "{not json " + marker),
                new Events.Ev("visit-events", "DL-1", version2),
                new Events.Ev("visit-events", "DL-1", noId),
                new Events.Ev("visit-events", "DL-1", unknownType),
                new Events.Ev("visit-events", "DL-2", badGender),
                good));

        assertEquals(1, Api.annual(2003).servicesGiven(), "the valid event after the invalid ones was counted");
        assertEquals(before + 5, registry.counter("sentret.stats.dead.letters").count());

        Map<String, String> reasons = readDeadLetters(5);
        assertEquals("record: not JSON", reasons.get("{not json " + marker));
        assertEquals("schemaVersion: must be 1", reasons.get(version2));
        assertEquals("payload.id: required UUID", reasons.get(noId));
        assertEquals("type: unknown event type VisitTeleported", reasons.get(unknownType));
        assertTrue(reasons.get(badGender).startsWith("payload.gender"));
    }

    private static Map<String, String> readDeadLetters(int atLeast) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            c.subscribe(List.of("stats-dead-letters"));
            Instant deadline = Instant.now().plusSeconds(30);
            while (reasons.size() < atLeast && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    reasons.put(r.value(), new String(r.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8));
                    assertEquals("visit-events", new String(r.headers().lastHeader(DeadLetters.TOPIC_HEADER).value(), StandardCharsets.UTF_8));
                }
            }
        }
        return reasons;
    }
}
