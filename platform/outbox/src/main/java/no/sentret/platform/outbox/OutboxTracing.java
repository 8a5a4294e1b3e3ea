package no.sentret.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Carries a request's trace across the outbox: the writer keeps the request's {@code traceparent} with the row,
 * the relay publishes each row in a PRODUCER span that continues that trace, and the record's {@code traceparent}
 * header names the span, so a consumer (stats-service) continues it in turn: click, commit, publish, figure.
 */
@ApplicationScoped
public class OutboxTracing {

    public static final String HEADER = "traceparent";

    private static final TextMapGetter<String> ROW = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;

    OutboxTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current context as a {@code traceparent} value, or null outside any trace. */
    static String currentTraceParent() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * Starts the publish span of one row, a child of the request that appended it (a root span for a row
     * written outside any trace), and hands the header value naming it to {@code header}. The caller ends it.
     */
    Span startPublish(OutboxRow row, String topic, BiConsumer<String, String> header) {
        Context parent = row.traceParent() == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), row.traceParent(), ROW);
        Span span = tracer.spanBuilder(topic + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", row.eventId().toString())
                .startSpan();
        W3CTraceContextPropagator.getInstance().inject(parent.with(span), header, (h, k, v) -> h.accept(k, v));
        return span;
    }
}
