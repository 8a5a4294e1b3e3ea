package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.infra.testing.LogCapture;
import no.sentret.infra.testing.PrometheusMetrics;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * The consumer as an operator scrapes it: events applied per topic, dead letters, lag per partition, rebuild
 * progress, HTTP metrics by template; and the client codes of the events in no metric and no log line.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class StatsMetricsTest {

    private static final Map<String, String> LIVE_VISITS = Map.of("topic", "visit-events", "mode", "live");

    @Inject
    AgroalDataSource ds;

    @Test
    void appliedEventsDeadLettersLagAndRebuildProgressAreScraped() {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("MX");
        PrometheusMetrics before = PrometheusMetrics.scrape();
        double applied = orZero(before.value("sentret_stats_events_applied_total", LIVE_VISITS));
        double letters = orZero(before.value("sentret_stats_dead_letters_total"));
        try (LogCapture logs = LogCapture.start()) {
            Events.Ev good = Events.visitRecorded(UUID.randomUUID(), p + "1", Instant.parse(y + "-03-01T10:00:00Z"));
            String badGender = Events.clientRegistered(p + "2", "ROBOT", "NO", null, java.time.LocalDate.of(y, 1, 1)).value();
            EventSender.sendAndAwait(ds, List.of(
                    Events.clientRegistered(p + "1", "WOMAN", "NO", null, java.time.LocalDate.of(y, 1, 1)),
                    new Events.Ev("visit-events", p + "2", badGender),
                    good));
            Api.annual(y);

            PrometheusMetrics after = PrometheusMetrics.scrape();
            assertEquals(applied + 2, after.value("sentret_stats_events_applied_total", LIVE_VISITS), "applied, the dead letter not");
            assertEquals(letters + 1, after.value("sentret_stats_dead_letters_total"), "dead letters");
            List<PrometheusMetrics.Sample> lag = after.samples("sentret_stats_consumer_lag");
            assertTrue(lag.stream().anyMatch(s -> s.labels().get("topic").equals("visit-events") && s.labels().containsKey("partition")),
                    "lag per partition of visit-events: " + lag);
            assertTrue(lag.stream().allMatch(s -> s.value() >= 0), "lag is never negative: " + lag);
            assertEquals(0, after.value("sentret_stats_rebuild_running"), "no rebuild runs");
            assertTrue(after.value("sentret_stats_rebuild_replayed_events") >= 0, "rebuild progress is reported");
            assertTrue(after.value("http_server_requests_seconds_count", Map.of("uri", "/stats/annual/{year}")) >= 1,
                    "the report request under its template: " + after.samples("http_server_requests_seconds_count"));
            assertFalse(after.text().contains(p), "a client code in the scrape");
            assertEquals(List.of(), logs.linesContaining(p), "log lines carrying a client code");
        }
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
