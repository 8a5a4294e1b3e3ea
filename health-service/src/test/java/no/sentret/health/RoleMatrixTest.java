package no.sentret.health;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.PEP;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.stiTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Stream;
import no.sentret.infra.testing.RoleMatrix;
import no.sentret.infra.testing.RoleMatrix.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every role with a real signed token, and without a token: clinicians alone
 * read and write health records and work lists, admin alone reads the audit log (not the records).
 */
@QuarkusTest
class RoleMatrixTest {

    /** Health and the OpenAPI document are on Quarkus's management interface, a port of its own. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    static final Set<String> CLINICIAN = Set.of("clinician");
    static final Set<String> ADMIN = Set.of("admin");

    private static String code;

    /** Made on first use: the parameter source runs before the application is up. */
    static synchronized String code() {
        if (code == null) {
            code = Clinic.newClient();
        }
        return code;
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /health/consultations", CLINICIAN, r -> r.body("{\"clientCode\":\"" + code()
                        + "\",\"professionalType\":\"DOCTOR\",\"services\":[" + PEP + "]}").post("/health/consultations")),
                new Endpoint("GET /health/consultations", CLINICIAN, r -> r.queryParam("clientCode", code()).get("/health/consultations")),
                new Endpoint("GET /health/consultations/{id}", CLINICIAN, r -> r.get("/health/consultations/" + newConsultation().getString("id"))),
                new Endpoint("POST /health/consultations/{id}/void", CLINICIAN, r -> r.body("{\"reason\":\"mistake\"}")
                        .post("/health/consultations/" + newConsultation().getString("id") + "/void")),
                new Endpoint("POST /health/consultations/{id}/services/{lineId}/void", CLINICIAN, r -> {
                    JsonPath c = newConsultation();
                    return r.body("{\"reason\":\"mistake\"}")
                            .post("/health/consultations/" + c.getString("id") + "/services/" + c.getString("services[0].id") + "/void");
                }),
                new Endpoint("GET /health/test-results/{id}", CLINICIAN, r -> r.get("/health/test-results/" + newConsultation().getString("services[0].id"))),
                new Endpoint("PUT /health/test-results/{id}", CLINICIAN, r -> r.body("{\"result\":\"NEGATIVE\"}")
                        .put("/health/test-results/" + newConsultation().getString("services[0].id"))),
                new Endpoint("GET /health/work-lists/pending-results", CLINICIAN, r -> r.get("/health/work-lists/pending-results")),
                new Endpoint("GET /health/work-lists/untold-positives", CLINICIAN, r -> r.get("/health/work-lists/untold-positives")),
                new Endpoint("GET /health/work-lists/prep-follow-ups", CLINICIAN, r -> r.get("/health/work-lists/prep-follow-ups")),
                new Endpoint("GET /health/work-lists/second-doses", CLINICIAN, r -> r.get("/health/work-lists/second-doses")),
                new Endpoint("POST /health/campaigns", CLINICIAN, r -> r.body(CAMPAIGN).post("/health/campaigns")),
                new Endpoint("GET /health/campaigns", CLINICIAN, r -> r.get("/health/campaigns")),
                new Endpoint("GET /health/campaigns/{id}/eligible", CLINICIAN, r -> r.get("/health/campaigns/" + campaign() + "/eligible")),
                new Endpoint("POST /health/campaigns/{id}/contacts", CLINICIAN, r -> r.body("{\"clientCode\":\"" + code()
                        + "\",\"channel\":\"AT_CENTRE\",\"outcome\":\"DECLINED\"}").post("/health/campaigns/" + campaign() + "/contacts")),
                new Endpoint("GET /health/campaigns/{id}/progress", CLINICIAN, r -> r.get("/health/campaigns/" + campaign() + "/progress")),
                new Endpoint("POST /health/invitations", CLINICIAN, r -> r.body("{\"clientCode\":\"" + Clinic.newClient() + "\"}")
                        .post("/health/invitations")),
                new Endpoint("GET /health/invitations", CLINICIAN, r -> r.get("/health/invitations")),
                new Endpoint("POST /health/invitations/{clientCode}/clear", CLINICIAN, r -> {
                    String invited = Clinic.newClient();
                    Clinic.clinician().body("{\"clientCode\":\"" + invited + "\"}").post("/health/invitations").then().statusCode(201);
                    return r.post("/health/invitations/" + invited + "/clear");
                }),
                new Endpoint("GET /health/audit", ADMIN, r -> r.get("/health/audit")),
                new Endpoint("GET /health/audit/daily", ADMIN, r -> r.get("/health/audit/daily")),
                new Endpoint("GET /health/clients/{clientCode}/export", ADMIN, r -> r.get("/health/clients/ABCD2345/export")),
                new Endpoint("GET /health/export-requests", CLINICIAN, r -> r.get("/health/export-requests")),
                new Endpoint("POST /health/export-requests/{clientCode}/release", CLINICIAN,
                        r -> r.post("/health/export-requests/" + code() + "/release")));
    }

    static Stream<Arguments> matrix() {
        return RoleMatrix.of(endpoints());
    }


    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItsRuleSays(Endpoint endpoint, String role) {
        RoleMatrix.check(endpoint, role);
    }

    @Test
    void everyEndpointOfTheContractIsInTheMatrix() {
        Set<String> inMatrix = new TreeSet<>(endpoints().stream().map(Endpoint::name).toList());
        Map<String, Map<String, Object>> paths = RestAssured.given().port(management.getPort()).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> inContract = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> inContract.add(method.toUpperCase() + " " + path)));
        assertEquals(inContract, inMatrix, "a new endpoint needs its row in the role matrix");
    }

    static final String CAMPAIGN = "{\"vaccine\":\"MPOX\",\"rule\":\"ON_PREP\"}";

    private static String campaign;

    static synchronized String campaign() {
        if (campaign == null) {
            campaign = Clinic.clinician().body(CAMPAIGN).post("/health/campaigns").then().statusCode(201).extract().path("id");
        }
        return campaign;
    }

    private static JsonPath newConsultation() {
        return consult(code(), null, stiTest("HIV"), COUNSELLING);
    }
}
