package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.infra.testing.TestTraces;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The figure's end of a click's trace: an event whose record names its producer's span ({@code traceparent}, as the
 * outbox relay publishes it: visit-service ObservabilityTest) is applied in a CONSUMER span of the same trace,
 * a child of that span, which ends once its facts committed.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class StatsTracingTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    InMemorySpans spans;

    @Test
    void anAppliedEventContinuesItsProducersTrace() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("TR");
        TestTraces.Trace publish = TestTraces.fresh();
        Events.Ev visit = Events.visitRecorded(UUID.randomUUID(), p + "1", Instant.parse(y + "-04-01T10:00:00Z"));
        ProducerRecord<String, String> record = new ProducerRecord<>(visit.topic(), visit.key(), visit.value());
        record.headers().add("traceparent", publish.traceParent().getBytes(StandardCharsets.US_ASCII));
        RecordMetadata sent = EventSender.producer().send(record).get();
        EventSender.awaitConsumed(ds, Map.of(new TopicPartition(sent.topic(), sent.partition()), sent.offset()), Duration.ofSeconds(60));

        SpanData applied = awaitSpanOf(publish.traceId());
        assertEquals(SpanKind.CONSUMER, applied.getKind());
        assertEquals("visit-events apply", applied.getName());
        assertEquals(publish.parentSpanId(), applied.getParentSpanId(), "a child of the producer's span");
        assertEquals(sent.offset(), applied.getAttributes().get(io.opentelemetry.api.common.AttributeKey.longKey("messaging.kafka.offset")));
        assertTrue(applied.hasEnded());
        assertEquals(io.opentelemetry.api.trace.StatusCode.UNSET, applied.getStatus().getStatusCode(), "committed");
        assertEquals(1, Api.annual(y).servicesGiven(), "and the figure moved");
    }

    /** The span ends right after the commit the test waited for; waits (bounded) for the exporter to have it. */
    private SpanData awaitSpanOf(String traceId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<SpanData> ours = spans.ofTrace(traceId);
            if (!ours.isEmpty()) {
                assertEquals(1, ours.size(), "one span per applied event: " + ours);
                return ours.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no span of trace " + traceId);
    }
}
