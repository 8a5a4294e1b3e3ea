package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.ingest.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Invalid events go to the dead-letter topic with the reason; the consumer carries on. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    MeterRegistry registry;

    @Test
    void invalidEventsAreDeadLetteredWithTheReasonAndNeverStopTheConsumer() {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("DL");
        double before = registry.counter("sentret.stats.dead.letters").count();
        String marker = UUID.randomUUID().toString();
        Events.Ev good = Events.visitRecorded(UUID.randomUUID(), p + "1", Instant.parse(y + "-02-01T10:00:00Z"));
        String version2 = good.value().replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        String noId = Events.visitRecorded(UUID.randomUUID(), p + "1", Instant.parse(y + "-02-01T10:00:00Z")).value()
                .replaceFirst("\"payload\":\\{\"id\":\"[^\"]+\",", "\"payload\":{");
        String unknownType = good.value().replace("VisitRecorded", "VisitTeleported");
        String badGender = Events.clientRegistered(p + "2", "ROBOT", "NO", null, java.time.LocalDate.of(y, 1, 1)).value();
        // java.time reads a six-digit year, PostgreSQL cannot store it: refused by the parser, not left to the database
        String farFuture = Events.visitRecorded(UUID.randomUUID(), p + "1", Instant.parse("+300000-02-01T10:00:00Z")).value();
        EventSender.sendAndAwait(ds, List.of(
                new Events.Ev("visit-events", p + "1", "{not json " + marker),
                new Events.Ev("visit-events", p + "1", version2),
                new Events.Ev("visit-events", p + "1", noId),
                new Events.Ev("visit-events", p + "1", unknownType),
                new Events.Ev("visit-events", p + "2", badGender),
                new Events.Ev("visit-events", p + "1", farFuture),
                good));

        assertEquals(1, Api.annual(y).servicesGiven(), "the valid event after the invalid ones was counted");
        assertEquals(before + 6, registry.counter("sentret.stats.dead.letters").count());

        Map<String, ConsumerRecord<String, String>> letters = DeadLetterReader.find(
                List.of("{not json " + marker, version2, noId, unknownType, badGender, farFuture));
        Map<String, String> reasons = new HashMap<>();
        letters.forEach((value, letter) -> {
            reasons.put(value, DeadLetterReader.reason(letter));
            assertEquals("visit-events", DeadLetterReader.header(letter, DeadLetters.TOPIC_HEADER));
        });
        assertEquals("record: not JSON", reasons.get("{not json " + marker));
        assertEquals("schemaVersion: must be 1", reasons.get(version2));
        assertEquals("payload.id: required UUID", reasons.get(noId));
        assertEquals("type: unknown event type VisitTeleported", reasons.get(unknownType));
        assertTrue(reasons.get(badGender).startsWith("payload.gender"));
        assertEquals("occurredAt: year must be 1-9999", reasons.get(farFuture));
    }
}
