package no.sentret.e2e.observability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP (protobuf) trace receiver for the end-to-end suite: every app exports its spans here, as it would to an
 * operator's collector (QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT), and a test reads them back by trace id.
 */
public final class SpanCollector implements AutoCloseable {

    /** One received span, as much of it as the tests look at. */
    public record CollectedSpan(String service, String name, Span.SpanKind kind, String traceId, String spanId, String parentSpanId) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<CollectedSpan> spans = new ConcurrentLinkedQueue<>();

    public SpanCollector() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::receive);
        server.start();
    }

    /** What the apps are given as QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream raw = exchange.getRequestBody();
             InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                     ? new GZIPInputStream(raw) : raw) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                        .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                        .map(v -> v.getStringValue()).findFirst().orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        spans.add(new CollectedSpan(service, span.getName(), span.getKind(), hex(span.getTraceId().toByteArray()),
                                hex(span.getSpanId().toByteArray()), hex(span.getParentSpanId().toByteArray())));
                    }
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (IOException | RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        } finally {
            exchange.close();
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The spans of one trace once {@code complete} holds for them, or what arrived by {@code timeout}. */
    public List<CollectedSpan> await(String traceId, Predicate<List<CollectedSpan>> complete, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<CollectedSpan> trace = List.of();
        while (System.nanoTime() < deadline) {
            trace = spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
            if (complete.test(trace)) {
                return trace;
            }
            Thread.sleep(250);
        }
        return trace;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
