package no.sentret.stats.ingest;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The figure's end of a click's trace: the live consumer applies each event in a CONSUMER span whose parent is the
 * producer's span named by the record's {@code traceparent} header (the outbox relay's publish), so the trace of
 * the request that caused the event runs on to the moment its facts committed. An event without the header (an
 * older one, or one written outside any request) gets a root span. A rebuild's replay makes no spans: it
 * re-applies the events of years, and would append to traces long closed.
 * <p>
 * A span the sampler drops whatever its trace id is not started at all: without a collector (the kit's
 * {@code TraceSampling}: {@code parentbased_always_off}) that is every event whose producer's span was not sampled,
 * and such a span was never recorded, never made current, and only cost the writer thread (22 % of its samples in
 * a replay, bench/README.md, issue 19).
 */
@ApplicationScoped
public class EventTracing {

    static final String HEADER = "traceparent";

    private static final TextMapGetter<ConsumerRecord<String, byte[]>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, byte[]> record) {
            List<String> keys = new ArrayList<>();
            record.headers().forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(ConsumerRecord<String, byte[]> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.US_ASCII);
        }
    };

    private final Tracer tracer;
    private final Sampler sampler;

    EventTracing(Tracer tracer, Sampler sampler) {
        this.tracer = tracer;
        this.sampler = sampler;
    }

    /**
     * One span per record of a live batch that the sampler may record, started now; {@link Spans#end} ends them with
     * the batch's outcome.
     */
    Spans start(List<ConsumerRecord<String, byte[]>> records) {
        List<Span> spans = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> r : records) {
            Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), r, HEADERS);
            String name = r.topic() + " apply";
            if (dropped(parent, name)) {
                continue;
            }
            spans.add(tracer.spanBuilder(name)
                    .setParent(parent)
                    .setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", r.topic())
                    .setAttribute("messaging.destination.partition.id", Integer.toString(r.partition()))
                    .setAttribute("messaging.kafka.offset", r.offset())
                    .setAttribute("messaging.batch.message_count", records.size())
                    .startSpan());
        }
        return new Spans(spans);
    }

    /**
     * Whether the sampler drops this record's span. Without a producer's context the trace id is the invalid one, all
     * zeros, which a ratio sampler keeps: only a decision that ignores the id (off, or a parent's) drops such a span.
     */
    private boolean dropped(Context parent, String name) {
        String traceId = Span.fromContext(parent).getSpanContext().getTraceId();
        return sampler.shouldSample(parent, traceId, name, SpanKind.CONSUMER, Attributes.empty(), List.of())
                .getDecision() == SamplingDecision.DROP;
    }

    /** The spans of one batch attempt. */
    static final class Spans {
        static final Spans NONE = new Spans(List.of());

        private final List<Span> spans;

        private Spans(List<Span> spans) {
            this.spans = spans;
        }

        int size() {
            return spans.size();
        }

        /** The batch's one span (tests). */
        Span only() {
            if (spans.size() != 1) {
                throw new IllegalStateException(spans.size() + " spans");
            }
            return spans.get(0);
        }

        /** @param failure null when the batch committed */
        void end(Throwable failure) {
            for (Span span : spans) {
                if (failure != null) {
                    // the class only: a database message can quote a row, and with it a client code
                    span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
                }
                span.end();
            }
        }
    }
}
