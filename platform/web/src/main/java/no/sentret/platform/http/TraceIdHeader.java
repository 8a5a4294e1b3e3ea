package no.sentret.platform.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every response names its trace ({@code X-Trace-Id}): the id a user quotes to an operator, the one on every log
 * line of the request ({@code %X{traceId}}), in the audit rows it wrote and in the traces of the collector. The
 * trace itself is W3C trace context, continued from the caller's {@code traceparent} (the gateway's) by
 * quarkus-opentelemetry; nothing here invents ids.
 */
@ApplicationScoped
public class TraceIdHeader {

    public static final String HEADER = "X-Trace-Id";

    void install(@Observes Router router) {
        router.route().order(BodyLimitProblem.ORDER - 1).handler(ctx -> {
            SpanContext span = Span.current().getSpanContext();
            if (span.isValid()) {
                String traceId = span.getTraceId();
                ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, traceId));
            }
            ctx.next();
        });
    }

    /** The current request's (or event's) trace id, or null outside any trace. */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
