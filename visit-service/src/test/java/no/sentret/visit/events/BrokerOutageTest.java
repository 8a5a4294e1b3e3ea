package no.sentret.visit.events;

import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import static no.sentret.visit.Api.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.testing.TestInfrastructure;
import no.sentret.platform.outbox.OutboxStore;
import no.sentret.infra.testing.TopicReader.Received;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away while the front desk keeps recording visits: every write succeeds, the
 * events wait in the outbox, and when the broker is back every one of them arrives (a duplicate
 * only as a re-send of the same eventId).
 */
@QuarkusTest
class BrokerOutageTest {

    @Inject
    OutboxStore outbox;

    @Test
    void noEventIsLostWhileTheBrokerIsDown() {
        KafkaBroker broker = TestInfrastructure.broker();
        assertEquals(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), broker.bootstrapServers(),
                "the test stops the broker the service uses");
        String code = no.sentret.visit.Api.newClient();
        Set<String> visitIds = new HashSet<>();
        int before = 5;
        int during = 20;
        for (int i = 0; i < before; i++) {
            visitIds.add(recordVisit(code));
        }
        broker.stop();
        try {
            for (int i = 0; i < during; i++) {
                visitIds.add(recordVisit(code));
            }
            assertTrue(outbox.backlog() >= during - 1, "events wait in the outbox while the broker is down");
        } finally {
            broker.restart();
        }
        for (int i = 0; i < before; i++) {
            visitIds.add(recordVisit(code));
        }
        int expected = 1 + visitIds.size();
        List<Received> events;
        try (TopicReader topic = new TopicReader("visit-events")) {
            events = topic.await(r -> code.equals(r.key()), expected, Duration.ofSeconds(90), Duration.ofSeconds(2));
        }
        Map<String, String> eventIdToVisit = new HashMap<>();
        Set<String> arrived = new HashSet<>();
        for (Received r : events) {
            String eventId = r.envelope().path("eventId").asText();
            String visitId = r.envelope().path("payload").path("id").asText(r.envelope().path("payload").path("code").asText());
            String previous = eventIdToVisit.putIfAbsent(eventId, visitId);
            assertTrue(previous == null || previous.equals(visitId), "a duplicate is only ever a re-send of the same event");
            if (r.type().equals("VisitRecorded")) {
                arrived.add(visitId);
            }
        }
        assertEquals(visitIds, arrived, "every visit recorded before, during and after the outage is on the topic");
        assertEquals(expected, eventIdToVisit.size(), "distinct events = changes made");
        // per-client order survives the outage: the registration comes first
        assertEquals("ClientRegistered", events.get(0).type());
    }

    private static String recordVisit(String code) {
        return staff().body("{\"clientCode\":\"" + code + "\",\"activities\":[\"MEAL\"]}").post("/visits")
                .then().statusCode(201).extract().path("id");
    }
}
