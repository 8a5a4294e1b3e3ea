package no.sentret.stats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Which events of a live batch get a span: every one where spans are collected (StatsTracingTest follows one through),
 * only those whose producer's span was sampled where nobody collects them (the kit's {@code parentbased_always_off}).
 */
class EventTracingTest {

    private static final String SAMPLED = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final String NOT_SAMPLED = "00-1af7651916cd43dd8448eb211c80319c-c7ad6b7169203331-00";

    private final List<ConsumerRecord<String, byte[]>> batch = List.of(record(0, null), record(1, NOT_SAMPLED), record(2, SAMPLED));

    @Test
    void withoutACollectorOnlyTheEventsOfSampledTracesGetASpan() {
        EventTracing.Spans spans = tracing(Sampler.parentBased(Sampler.alwaysOff())).start(batch);
        assertEquals(1, spans.size(), "the record without a traceparent and the unsampled one are never recorded: no span");
        spans.end(null);
    }

    @Test
    void whereSpansAreCollectedEveryEventTheSamplerKeepsGetsOne() {
        EventTracing.Spans spans = tracing(Sampler.parentBased(Sampler.alwaysOn())).start(batch);
        assertEquals(2, spans.size(), "a root span for the record without a traceparent, one under the sampled parent; the unsampled parent's child is dropped");
        spans.end(null);
        EventTracing.Spans ratio = tracing(Sampler.parentBased(Sampler.traceIdRatioBased(0.5))).start(List.of(record(0, null)));
        assertEquals(1, ratio.size(), "a ratio decides by the span's own trace id: the SDK decides, not the shortcut");
        ratio.end(null);
    }

    @Test
    void theSpanOfASampledEventIsAChildOfItsProducersSpan() {
        SdkTracerProvider provider = SdkTracerProvider.builder().setSampler(Sampler.parentBased(Sampler.alwaysOff())).build();
        EventTracing.Spans spans = new EventTracing(provider.get("test"), Sampler.parentBased(Sampler.alwaysOff())).start(batch);
        assertEquals(1, spans.size());
        Span span = spans.only();
        assertTrue(span.isRecording());
        assertEquals("0af7651916cd43dd8448eb211c80319c", span.getSpanContext().getTraceId());
        spans.end(null);
    }

    private static EventTracing tracing(Sampler sampler) {
        return new EventTracing(SdkTracerProvider.builder().setSampler(sampler).build().get("test"), sampler);
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String traceParent) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>("visit-events", 0, offset, "key", new byte[0]);
        if (traceParent != null) {
            r.headers().add(EventTracing.HEADER, traceParent.getBytes(StandardCharsets.US_ASCII));
        }
        return r;
    }
}
