package no.sentret.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class TraceSamplingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void withoutACollectorARequestsSpansAreNotRecorded() {
        Sampler sampler = TraceSampling.choose(config(Map.of()), false);
        assertEquals(SamplingDecision.DROP, root(sampler));
        // the kit's own "no collector" value is a blank endpoint
        assertEquals(SamplingDecision.DROP, root(TraceSampling.choose(config(Map.of(ENDPOINT, " ")), false)));
    }

    @Test
    void withoutACollectorACallerThatAsksForSamplingIsStillRecorded() {
        Sampler sampler = TraceSampling.choose(config(Map.of()), false);
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, child(sampler, TraceFlags.getSampled()));
        assertEquals(SamplingDecision.DROP, child(sampler, TraceFlags.getDefault()));
    }

    @Test
    void withACollectorEveryRequestIsRecordedByDefault() {
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, root(TraceSampling.choose(config(Map.of(ENDPOINT, "http://collector:4317")), false)));
    }

    @Test
    void aSpanExporterBeanCountsAsACollector() {
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, root(TraceSampling.choose(config(Map.of()), true)));
    }

    @Test
    void withACollectorTheConfiguredSamplerDecides() {
        Sampler none = TraceSampling.choose(config(Map.of(ENDPOINT, "http://collector:4317",
                "quarkus.otel.traces.sampler", "traceidratio", "quarkus.otel.traces.sampler.arg", "0")), false);
        assertEquals(SamplingDecision.DROP, root(none));
        Sampler all = TraceSampling.choose(config(Map.of(ENDPOINT, "http://collector:4317",
                "quarkus.otel.traces.sampler", "parentbased_traceidratio", "quarkus.otel.traces.sampler.arg", "1.0d")), false);
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, root(all));
    }

    @Test
    void anUnknownSamplerIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TraceSampling.choose(
                config(Map.of(ENDPOINT, "http://collector:4317", "quarkus.otel.traces.sampler", "sometimes")), false));
        assertEquals("quarkus.otel.traces.sampler: unknown sampler sometimes", e.getMessage());
    }

    private static final String ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    private static SamplingDecision root(Sampler sampler) {
        return sampler.shouldSample(Context.root(), TRACE, "POST /visits", SpanKind.SERVER, Attributes.empty(), List.of())
                .getDecision();
    }

    private static SamplingDecision child(Sampler sampler, TraceFlags parentFlags) {
        Context parent = Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(TRACE, "00f067aa0ba902b7",
                parentFlags, TraceState.getDefault())));
        return sampler.shouldSample(parent, TRACE, "POST /visits", SpanKind.SERVER, Attributes.empty(), List.of())
                .getDecision();
    }
}
