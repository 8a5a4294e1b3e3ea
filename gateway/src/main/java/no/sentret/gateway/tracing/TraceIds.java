package no.sentret.gateway.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.ext.web.RoutingContext;

/**
 * The id a user can quote: the request's W3C trace id, named by every response ({@code X-Trace-Id}) and on every
 * log line of the request ({@code %X{traceId}}, from quarkus-opentelemetry). The trace starts here (or continues a
 * caller's {@code traceparent}) and goes upstream with the proxied request, so the service's logs, audit rows and
 * events carry the same id.
 */
public final class TraceIds {

    public static final String HEADER = "X-Trace-Id";
    private static final String CONTEXT_KEY = "sentret.traceId";

    private TraceIds() {
    }

    public static void assign(RoutingContext ctx) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            String id = span.getTraceId();
            ctx.put(CONTEXT_KEY, id);
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        }
    }

    /** @return the request's trace id, or null if it has none (tracing off) */
    public static String of(RoutingContext ctx) {
        return ctx.get(CONTEXT_KEY);
    }
}
