package no.sentret.health.audit;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.admin;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.newClient;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import no.sentret.infra.testing.TestTokens;
import no.sentret.platform.records.CentreTime;
import org.junit.jupiter.api.Test;

/** The privacy officer's view of the trail: by user and period, a daily count per user, its own reads audited, unusual readers warned. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    MeterRegistry registry;

    @Test
    void filtersByUserAndCountsTheirReadsPerDay() {
        String nurse = "nurse-" + UUID.randomUUID();
        String id = consult(newClient(), "2022-03-01T10:00:00Z", COUNSELLING).getString("id");
        for (int i = 0; i < 3; i++) {
            TestTokens.as(nurse, "clinician").get("/health/consultations/" + id).then().statusCode(200);
        }
        String today = CentreTime.today().toString();
        admin().queryParam("actor", nurse).get("/health/audit").then().statusCode(200)
                .body("total", is(3)).body("items.actor", everyItem(is(nurse))).body("items.resourceId", everyItem(is(id)));
        admin().queryParam("actor", nurse).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get("/health/audit")
                .then().statusCode(200).body("total", is(0));
        List<Map<String, Object>> daily = admin().queryParam("actor", nurse).queryParam("from", today).queryParam("to", today)
                .get("/health/audit/daily").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of(Map.of("day", today, "actor", nurse, "reads", 3)), daily);
    }

    @Test
    void readingTheTrailIsAuditedAndNotCountedAsARecordRead() {
        String officer = "officer-" + UUID.randomUUID();
        TestTokens.as(officer, "admin").queryParam("actor", "nobody").get("/health/audit").then().statusCode(200);
        TestTokens.as(officer, "admin").get("/health/audit/daily").then().statusCode(200);
        admin().queryParam("actor", officer).get("/health/audit").then().statusCode(200)
                .body("total", is(2)).body("items.resource", everyItem(is("audit-log")))
                .body("items.resourceId", is(List.of("daily", "page=0&actor=nobody")));
        admin().queryParam("actor", officer).get("/health/audit/daily").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void aUserPassingTheDailyThresholdIsWarnedOnceAndCounted() {
        String nurse = "browsing-" + UUID.randomUUID();
        String id = consult(newClient(), "2022-03-02T10:00:00Z", COUNSELLING).getString("id");
        List<String> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(String.valueOf(record.getParameters() == null ? record.getMessage()
                            : String.format(record.getMessage(), record.getParameters())));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger audit = Logger.getLogger("sentret.audit");
        double before = registry.counter("sentret.audit.unusual.reads").count();
        audit.addHandler(capture);
        try {
            // the threshold is 20 in the test profile: the 21st read of the day passes it
            for (int i = 1; i <= 20; i++) {
                TestTokens.as(nurse, "clinician").get("/health/consultations/" + id).then().statusCode(200);
            }
            assertTrue(warnings.stream().noneMatch(w -> w.contains(nurse)), "no warning at the threshold: " + warnings);
            for (int i = 21; i <= 23; i++) {
                TestTokens.as(nurse, "clinician").get("/health/consultations/" + id).then().statusCode(200);
            }
        } finally {
            audit.removeHandler(capture);
        }
        List<String> mine = warnings.stream().filter(w -> w.contains(nurse)).toList();
        assertEquals(1, mine.size(), "one warning when the threshold is passed: " + warnings);
        assertTrue(mine.get(0).contains("21"), mine.get(0));
        assertTrue(registry.counter("sentret.audit.unusual.reads").count() >= before + 1);
    }
}
