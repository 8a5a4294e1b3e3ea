package no.sentret.stats.ingest;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
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

    EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** One span per record of a live batch, started now; {@link Spans#end} ends them with the batch's outcome. */
    Spans start(List<ConsumerRecord<String, byte[]>> records) {
        List<Span> spans = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> r : records) {
            Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), r, HEADERS);
            spans.add(tracer.spanBuilder(r.topic() + " apply")
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

    /** The spans of one batch attempt. */
    static final class Spans {
        static final Spans NONE = new Spans(List.of());

        private final List<Span> spans;

        private Spans(List<Span> spans) {
            this.spans = spans;
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
