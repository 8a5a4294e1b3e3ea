package no.sentret.e2e.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.sentret.e2e.Gateway;
import no.sentret.e2e.SuiteUnderTest;
import no.sentret.e2e.Tokens;
import no.sentret.e2e.observability.SpanCollector.CollectedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One trace from the click to the figure: a visit recorded through the gateway is one trace in the collector, from the
 * gateway's span through visit-service's request and its outbox publish to stats-service applying the event, each
 * span the child of the one before it across the process (and broker) boundaries.
 */
@ExtendWith(SuiteUnderTest.class)
class TraceIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String hex(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static Optional<CollectedSpan> find(List<CollectedSpan> trace, String service, SpanKind kind, Predicate<String> name) {
        return trace.stream().filter(s -> s.service().equals(service) && s.kind() == kind && name.test(s.name())).findFirst();
    }

    @Test
    void aVisitIsOneTraceFromTheGatewayToTheFigure(Gateway gateway, Tokens tokens, SpanCollector collector) throws Exception {
        String traceId = hex(16);
        HttpResponse<String> recorded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/visits"))
                .header("Authorization", "Bearer " + tokens.user("staff"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"activities\":[\"MEAL\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals(traceId, recorded.headers().firstValue("X-Trace-Id").orElse(""), "the answer names the trace");

        Predicate<List<CollectedSpan>> complete = trace ->
                find(trace, "gateway", SpanKind.SPAN_KIND_SERVER, n -> true).isPresent()
                        && find(trace, "visit-service", SpanKind.SPAN_KIND_SERVER, n -> true).isPresent()
                        && find(trace, "visit-service", SpanKind.SPAN_KIND_PRODUCER, n -> n.startsWith("visit-events")).isPresent()
                        && find(trace, "stats-service", SpanKind.SPAN_KIND_CONSUMER, n -> n.startsWith("visit-events")).isPresent();
        List<CollectedSpan> trace = collector.await(traceId, complete, Duration.ofSeconds(90));
        String seen = trace.stream().map(s -> s.service() + " " + s.kind() + " " + s.name()).collect(Collectors.joining("; "));
        assertTrue(complete.test(trace), "the trace reaches every hop: " + seen);

        Set<String> gatewaySpans = trace.stream().filter(s -> s.service().equals("gateway")).map(CollectedSpan::spanId).collect(Collectors.toSet());
        CollectedSpan served = find(trace, "visit-service", SpanKind.SPAN_KIND_SERVER, n -> true).orElseThrow();
        assertTrue(gatewaySpans.contains(served.parentSpanId()), "visit-service's request is a child of the gateway's: " + seen);
        CollectedSpan published = find(trace, "visit-service", SpanKind.SPAN_KIND_PRODUCER, n -> n.startsWith("visit-events")).orElseThrow();
        CollectedSpan applied = find(trace, "stats-service", SpanKind.SPAN_KIND_CONSUMER, n -> n.startsWith("visit-events")).orElseThrow();
        assertEquals(published.spanId(), applied.parentSpanId(), "stats applies the event as a child of its publication: " + seen);
    }
}
