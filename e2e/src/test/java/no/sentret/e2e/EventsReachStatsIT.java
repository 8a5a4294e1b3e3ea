package no.sentret.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The slice end to end in its smallest form: what staff record through the gateway reaches the stats
 * service through the visit-service's outbox and Kafka, once. (The broker outage is played inside
 * the year, {@link CompressedYearIT}.) It uses its own past year and compares against that year's
 * figures before it wrote, so it holds on a suite that already has data.
 */
@ExtendWith(SuiteUnderTest.class)
class EventsReachStatsIT {

    private static final Duration STATS_DEADLINE = Duration.ofSeconds(90);

    @Test
    void aVisitRecordedByStaffIsCountedOnceInTheAnnualFigures(Gateway gateway, Tokens tokens) {
        int year = 2019;
        JsonNode before = annual(gateway, tokens, year);
        String staff = tokens.user("staff");
        String code = created(gateway.post("/api/clients", staff, Map.of("gender", "MAN", "nationality", "RO"))).path("code").asText();
        created(gateway.post("/api/visits", staff, Map.of("clientCode", code,
                "occurredAt", year + "-03-31T23:30:00+02:00", "activities", List.of("CONVERSATION", "MEAL"))));
        created(gateway.post("/api/visits", staff, Map.of("occurredAt", year + "-04-01T09:00:00+02:00", "activities", List.of("REST"))));

        JsonNode after = awaitAnnual(gateway, tokens, year, r -> count(r, "servicesGiven") >= count(before, "servicesGiven") + 2);
        assertEquals(count(before, "servicesGiven") + 2, count(after, "servicesGiven"), "two visits, one anonymous");
        assertEquals(count(before, "uniqueUsers") + 1, count(after, "uniqueUsers"), "an anonymous visit is no user");
    }

    private static JsonNode annual(Gateway gateway, Tokens tokens, int year) {
        Gateway.Reply reply = gateway.get("/api/stats/annual/" + year, tokens.user("analyst"));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonNode awaitAnnual(Gateway gateway, Tokens tokens, int year, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + STATS_DEADLINE.toNanos();
        JsonNode last = annual(gateway, tokens, year);
        while (!done.test(last) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(500));
            last = annual(gateway, tokens, year);
        }
        return last;
    }

    private static JsonNode created(Gateway.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static long count(JsonNode report, String field) {
        return report.path(field).asLong(0);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
