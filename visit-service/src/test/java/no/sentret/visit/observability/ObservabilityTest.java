package no.sentret.visit.observability;

import static no.sentret.visit.Api.newClient;
import static no.sentret.visit.Api.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.sentret.infra.testing.LogCapture;
import no.sentret.infra.testing.PrometheusMetrics;
import no.sentret.infra.testing.TestTraces;
import no.sentret.infra.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of a front-desk morning: the writes in the HTTP metrics under their path templates, the
 * outbox publishing them, and neither the metrics nor any log line carrying the client code they were about.
 */
@QuarkusTest
class ObservabilityTest {

    private static final Map<String, String> TOPIC = Map.of("topic", "visit-events");

    @Test
    void writesShowInTheMetricsAndTheClientCodeNowhere() throws InterruptedException {
        double publishedBefore = orZero(PrometheusMetrics.scrape().value("sentret_outbox_published_total", TOPIC));
        String code;
        try (LogCapture logs = LogCapture.start()) {
            code = newClient();
            staff().body("{\"clientCode\":\"" + code + "\",\"activities\":[\"MEAL\"]}").post("/visits").then().statusCode(201);
            staff().body("{\"ageGroup\":\"31-35\"}").patch("/clients/" + code).then().statusCode(200);
            staff().get("/clients/" + code).then().statusCode(200);
            // refusals too: a bad value next to the code, and a chosen code that is taken
            staff().body("{\"clientCode\":\"" + code + "\",\"activities\":[\"SAUNA\"]}").post("/visits").then().statusCode(400);
            staff().body("{\"gender\":\"MAN\",\"code\":\"" + code + "\"}").post("/clients").then().statusCode(409);

            PrometheusMetrics metrics = awaitPublished(publishedBefore + 3);
            assertTrue(metrics.value("http_server_requests_seconds_count",
                    Map.of("uri", "/clients/{code}", "method", "PATCH", "status", "200")) >= 1, "PATCH counted under its template");
            assertTrue(metrics.value("http_server_requests_seconds_count",
                    Map.of("uri", "/visits", "method", "POST", "status", "400")) >= 1, "the refusal counted");
            double rows = metrics.value("sentret_outbox_backlog_rows", TOPIC);
            double age = metrics.value("sentret_outbox_backlog_oldest_age_seconds", TOPIC);
            assertTrue(rows >= 0, "backlog rows reported: " + rows);
            assertTrue(age >= 0, "age of the oldest reported: " + age);
            assertFalse(metrics.text().contains(code), "the client code in the scrape");
            assertEquals(List.of(), logs.linesContaining(code), "log lines carrying the client code");
            assertFalse(logs.lines().isEmpty() && logs.lines().stream().anyMatch(l -> l.contains("Bearer ")), "a token in a log line");
        }
    }

    /**
     * The gateway's trace runs on through the write: the response names it, and the event's record on visit-events
     * carries a {@code traceparent} of the same trace (the relay's publish span, a child of the request), which
     * stats-service continues (stats-service StatsTracingTest).
     */
    @Test
    void theRequestsTraceTravelsWithItsEvent() {
        TestTraces.Trace trace = TestTraces.fresh();
        String code = staff().header("traceparent", trace.traceParent())
                .body("{\"gender\":\"WOMAN\",\"nationality\":\"ES\",\"ageGroup\":\"26-30\"}")
                .post("/clients").then().statusCode(201).header("X-Trace-Id", trace.traceId()).extract().path("code");
        List<TopicReader.Received> events;
        try (TopicReader topic = new TopicReader("visit-events")) {
            events = topic.await(r -> code.equals(r.key()), 1, Duration.ofSeconds(60), Duration.ZERO);
        }
        assertEquals(1, events.size(), "the registration's event");
        String traceParent = events.get(0).traceParent();
        assertTrue(traceParent != null && traceParent.matches("00-" + trace.traceId() + "-[0-9a-f]{16}-01"),
                "the record's traceparent continues the request's trace: " + traceParent);
        assertFalse(traceParent.contains(trace.parentSpanId()), "it names the publish span, not the gateway's: " + traceParent);
    }

    /** The relay publishes right after each commit; waits (bounded) until it has published {@code atLeast} in all. */
    private static PrometheusMetrics awaitPublished(double atLeast) throws InterruptedException {
        PrometheusMetrics metrics = PrometheusMetrics.scrape();
        for (int i = 0; i < 100 && orZero(metrics.value("sentret_outbox_published_total", TOPIC)) < atLeast; i++) {
            Thread.sleep(100);
            metrics = PrometheusMetrics.scrape();
        }
        assertTrue(metrics.value("sentret_outbox_published_total", TOPIC) >= atLeast,
                "published " + metrics.value("sentret_outbox_published_total", TOPIC) + ", expected at least " + atLeast);
        return metrics;
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
