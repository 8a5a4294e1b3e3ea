package no.sentret.health.audit;

import no.sentret.infra.testing.TestTraces;
import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.admin;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.stiTest;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every read endpoint writes one audit row: who, when, which record or list, the request id. */
@QuarkusTest
class ReadAuditTest {

    /** Health and the OpenAPI document are on Quarkus's management interface, a port of its own. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    /** One read endpoint: the audit resource and resource id it must log (from the test data), and the call. */
    record Read(String name, String resource, Function<Data, String> resourceId, BiFunction<RequestSpecification, Data, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Made on first use: the parameter source runs before the application is up. */
    record Data(String code, JsonPath consultation, String campaign) {
        String id() {
            return consultation.getString("id");
        }

        String stiTest() {
            return consultation.getString("services[0].id");
        }
    }

    private static Data data;

    static synchronized Data data() {
        if (data == null) {
            String code = newClient();
            data = new Data(code, consult(code, "2022-01-10T10:00:00Z", stiTest("HIV"), COUNSELLING),
                    clinician().body("{\"vaccine\":\"HPV\",\"rule\":\"ON_PREP\"}").post("/health/campaigns").then().statusCode(201)
                            .extract().path("id"));
        }
        return data;
    }

    static List<Read> reads() {
        return List.of(
                new Read("GET /health/consultations/{id}", "consultation", Data::id, (r, d) -> r.get("/health/consultations/" + d.id())),
                new Read("GET /health/consultations?clientCode", "consultations", d -> "clientCode=" + d.code(),
                        (r, d) -> r.queryParam("clientCode", d.code().toLowerCase()).get("/health/consultations")),
                new Read("GET /health/consultations?from&to", "consultations", d -> "2022-01-01..2022-01-31",
                        (r, d) -> r.queryParam("from", "2022-01-01").queryParam("to", "2022-01-31").get("/health/consultations")),
                new Read("GET /health/test-results/{id}", "test-result", Data::stiTest, (r, d) -> r.get("/health/test-results/" + d.stiTest())),
                new Read("GET /health/work-lists/pending-results", "work-list", d -> "pending-results?olderThanDays=30",
                        (r, d) -> r.queryParam("olderThanDays", "30").get("/health/work-lists/pending-results")),
                new Read("GET /health/work-lists/untold-positives", "work-list", d -> "untold-positives",
                        (r, d) -> r.get("/health/work-lists/untold-positives")),
                new Read("GET /health/work-lists/prep-follow-ups", "work-list", d -> "prep-follow-ups?withinDays=14",
                        (r, d) -> r.get("/health/work-lists/prep-follow-ups")),
                new Read("GET /health/work-lists/second-doses", "work-list", d -> "second-doses?withinDays=3",
                        (r, d) -> r.queryParam("withinDays", "3").get("/health/work-lists/second-doses")),
                new Read("GET /health/campaigns/{id}/eligible", "campaign-list", Data::campaign,
                        (r, d) -> r.get("/health/campaigns/" + d.campaign() + "/eligible")),
                new Read("GET /health/campaigns/{id}/progress", "campaign-progress", Data::campaign,
                        (r, d) -> r.get("/health/campaigns/" + d.campaign() + "/progress")),
                new Read("GET /health/invitations", "health-team-invitations", d -> "standing", (r, d) -> r.get("/health/invitations")),
                new Read("GET /health/export-requests", "client-export-requests", d -> "awaiting release",
                        (r, d) -> r.get("/health/export-requests")));
    }

    static Stream<Arguments> readEndpoints() {
        return reads().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readEndpoints")
    void eachReadIsAudited(Read read) {
        // the request's trace id is what the audit row records (the gateway's trace, continued here)
        String requestId = TestTraces.fresh().traceId();
        Data data = data(); // made before the clock is read: the first read prepares it
        // the database stamps the row (now(), in microseconds); the bounds are read from the same machine's clock,
        // the lower one truncated to the millisecond so that a coarser clock on either side cannot put it after the row
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        read.call().apply(clinician().header("traceparent", "00-" + requestId + "-00f067aa0ba902b7-01"), data).then()
                .statusCode(200).header("X-Trace-Id", requestId);
        Instant after = Instant.now();
        List<Map<String, Object>> rows = admin().queryParam("requestId", requestId).get("/health/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(1, rows.size(), "one audit row for " + read + ": " + rows);
        Map<String, Object> row = rows.get(0);
        assertEquals("user-clinician", row.get("actor"));
        assertEquals("clinician", row.get("roles"));
        assertEquals("READ", row.get("action"));
        assertEquals(read.resource(), row.get("resource"));
        assertEquals(read.resourceId().apply(data()), row.get("resourceId"));
        // "when": the moment of this read, not a day, a time zone off, or the time the row was read back
        Instant at = Instant.parse((String) row.get("at"));
        assertTrue(!at.isBefore(before) && !at.isAfter(after),
                "the audit row of " + read + " is stamped " + at + ", not within the request (" + before + " .. " + after + ")");
    }

    /**
     * GET endpoints that read no health record: the administrator's audit log, and the campaigns' definitions (vaccine, rule, title);
     * and the privacy officer's export, an audited read the administrator makes (privacy.DataSubjectTest checks its row).
     */
    private static final Set<String> NOT_RECORDS = Set.of("GET /health/audit", "GET /health/audit/daily", "GET /health/campaigns",
            "GET /health/clients/{clientCode}/export");

    @Test
    void everyReadEndpointOfTheContractIsHere() {
        Set<String> here = new TreeSet<>(reads().stream().map(r -> r.name().replaceAll("\\?.*", "")).toList());
        Map<String, Map<String, Object>> paths = RestAssured.given().port(management.getPort()).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> reads = new TreeSet<>();
        paths.forEach((path, operations) -> {
            if (operations.containsKey("get") && !NOT_RECORDS.contains("GET " + path)) {
                reads.add("GET " + path);
            }
        });
        assertEquals(reads, here, "a new read endpoint needs its audit row and its row here");
    }

    @Test
    void aRefusedReadWritesNoRow() {
        String requestId = TestTraces.fresh().traceId();
        String traceParent = "00-" + requestId + "-00f067aa0ba902b7-01";
        admin().header("traceparent", traceParent).get("/health/consultations/" + data().id()).then().statusCode(403);
        clinician().header("traceparent", traceParent).get("/health/consultations/" + UUID.randomUUID()).then().statusCode(404);
        admin().queryParam("requestId", requestId).get("/health/audit").then().statusCode(200).body("total", is(0));
    }

    @Test
    void theAuditLogFiltersByResource() {
        String id = data().id();
        clinician().get("/health/consultations/" + id).then().statusCode(200);
        admin().queryParam("resource", "consultation").queryParam("resourceId", id).get("/health/audit").then().statusCode(200)
                .body("items[0].resourceId", is(id)).body("items[0].actor", is("user-clinician"));
        admin().queryParam("from", "2022-13-01").queryParam("to", "2022-01-01").get("/health/audit").then().statusCode(400);
    }
}
