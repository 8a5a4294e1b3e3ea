package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.platform.kafka.KafkaClients;
import no.sentret.stats.ingest.EventParser;
import no.sentret.stats.ingest.GrouplessConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The projection's consumer ({@link GrouplessConsumer#openValueSlices}) reads from the real broker what the
 * producers wrote, each value as a slice of the fetched batch's array (so {@link EventParser#parse(ByteBuffer)} reads
 * it in place, no copy) and no key. If a Kafka client changed that (a read-only or direct buffer), the parse would
 * still be right, from a copy, and this test would say the copy is back.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ValueSlicesTest {

    @Inject
    KafkaClients kafka;

    @Inject
    EventParser parser;

    @Test
    void theProjectionsConsumerReadsEachValueInPlaceFromTheFetchedBatch() throws Exception {
        String code = TestData.codePrefix("S") + "1";
        Instant at = Instant.parse("2022-06-01T10:00:00Z");
        List<Events.Ev> sent = List.of(Events.visitRecorded(UUID.randomUUID(), code, at),
                Events.visitRecorded(UUID.randomUUID(), code, at.plusSeconds(60)),
                Events.visitRecorded(UUID.randomUUID(), code, at.plusSeconds(120)));
        Map<TopicPartition, Long> last = EventSender.send(sent); // one key: one partition, in this order
        assertEquals(1, last.size());
        TopicPartition tp = last.keySet().iterator().next();
        long first = last.get(tp) - sent.size() + 1;

        List<ConsumerRecord<Void, ByteBuffer>> read = new ArrayList<>();
        try (KafkaConsumer<Void, ByteBuffer> c = GrouplessConsumer.openValueSlices(kafka, 100)) {
            c.assign(List.of(tp));
            c.seek(tp, first);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read.size() < sent.size() && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.offset() <= last.get(tp) && read.size() < sent.size()) {
                        read.add(r);
                    }
                });
            }
        }
        assertEquals(sent.size(), read.size(), "every record sent was read back");
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            ByteBuffer value = read.get(i).value();
            assertNull(read.get(i).key(), "the key is not read");
            assertTrue(value.hasArray() && !value.isReadOnly(), "a heap buffer the parse can read in place");
            assertTrue(value.array().length > value.remaining(), "a slice of the fetched batch, not a copy of the value");
            byte[] bytes = new byte[value.remaining()];
            value.duplicate().get(bytes);
            assertArrayEquals(sent.get(i).value().getBytes(StandardCharsets.UTF_8), bytes);
            int position = value.position();
            ids.add(parser.parse(value).eventId());
            assertEquals(position, value.position(), "the parse leaves the buffer as it was");
        }
        assertEquals(sent.size(), ids.size());
        assertEquals(Events.JSON.readTree(sent.get(0).value()).get("eventId").asText(),
                parser.parse(read.get(0).value()).eventId().toString());
    }
}
