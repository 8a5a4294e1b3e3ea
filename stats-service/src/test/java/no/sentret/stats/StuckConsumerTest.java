package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A batch that keeps failing (here: the table it writes is away, in the real database) is retried,
 * never skipped; once it has failed for longer than {@code sentret.stats.stuck-after} (3 s in the
 * test profile) liveness says DOWN, and UP again once it applies. Before, liveness stayed UP while
 * nothing was counted.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class StuckConsumerTest {

    /** Health and the OpenAPI document are on Quarkus's management interface, a port of its own. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    static final String CHECK = "checks.find { it.name == 'stats consumer' }";

    @Inject
    AgroalDataSource ds;

    @Inject
    MeterRegistry registry;

    @Test
    void aBatchFailingLongerThanStuckAfterTurnsLivenessDownUntilItApplies() throws Exception {
        int y = TestData.freshYears(1);
        String code = TestData.codePrefix("ST") + "1";
        double failedAttempts = registry.counter("sentret.stats.batch.failures").count();
        execute("alter table service_event rename to service_event_away");
        Map<TopicPartition, Long> last;
        try {
            last = EventSender.send(List.of(Events.visitRecorded(UUID.randomUUID(), code, Instant.parse(y + "-04-01T10:00:00Z"))));
            ValidatableResponse down = awaitLiveness(503, Duration.ofSeconds(60));
            down.body("status", is("DOWN"))
                    .body(CHECK + ".status", is("DOWN"))
                    .body(CHECK + ".data.failedAttempts", greaterThanOrEqualTo(1))
                    .body(CHECK + ".data.lastError", containsString("42P01"))
                    .body(CHECK + ".data.lastError", not(containsString(code)))
                    .body(CHECK + ".data.stuckAfter", is("PT3S"));
            assertFalse(EventSender.consumedPast(ds, last), "retried, never skipped");
            assertFalse(registry.counter("sentret.stats.batch.failures").count() <= failedAttempts, "the failed attempts are counted");
        } finally {
            execute("alter table service_event_away rename to service_event");
        }
        EventSender.awaitConsumed(ds, last, Duration.ofSeconds(60));
        awaitLiveness(200, Duration.ofSeconds(10)).body(CHECK + ".status", is("UP"));
        assertEquals(1, Api.annual(y).servicesGiven());
    }

    private ValidatableResponse awaitLiveness(int status, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            ValidatableResponse r = given().port(management.getPort()).get("/q/health/live").then();
            if (r.extract().statusCode() == status) {
                return r;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("liveness did not answer " + status + " within " + timeout + ": " + r.extract().asString());
            }
            Thread.sleep(200);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
