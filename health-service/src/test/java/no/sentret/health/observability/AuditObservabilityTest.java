package no.sentret.health.observability;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.stiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.sentret.infra.testing.LogCapture;
import no.sentret.infra.testing.PrometheusMetrics;
import org.junit.jupiter.api.Test;

/**
 * Audited reads as an operator sees them: counted per action and resource in the metrics, and neither the
 * metrics nor any log line carrying the client code the clinician looked up. (The audit log line used to quote
 * the read's resource id, which for a list by client is {@code clientCode=<code>}; the audit row keeps it.)
 */
@QuarkusTest
class AuditObservabilityTest {

    private static final Map<String, String> LIST_READS = Map.of("action", "READ", "resource", "consultations");

    @Test
    void auditedReadsAreCountedAndTheClientCodeIsInNoLogLine() {
        String code = newClient();
        try (LogCapture logs = LogCapture.start()) {
            consult(code, "2022-02-10T10:00:00Z", stiTest("HIV"), COUNSELLING);
            double before = orZero(PrometheusMetrics.scrape().value("sentret_audit_writes_total", LIST_READS));
            clinician().queryParam("clientCode", code).get("/health/consultations").then().statusCode(200);
            clinician().queryParam("clientCode", code).get("/health/consultations").then().statusCode(200);

            PrometheusMetrics metrics = PrometheusMetrics.scrape();
            assertEquals(before + 2, metrics.value("sentret_audit_writes_total", LIST_READS), "two audited list reads");
            assertFalse(metrics.text().contains(code), "a client code in the scrape");
            assertEquals(List.of(), logs.linesContaining(code), "log lines carrying the client code");
        }
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
