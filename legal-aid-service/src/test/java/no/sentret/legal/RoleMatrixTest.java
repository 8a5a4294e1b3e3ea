package no.sentret.legal;

import static no.sentret.legal.Legal.kitLawyerId;
import static no.sentret.legal.Legal.newCase;
import static no.sentret.legal.Legal.newInquiry;
import static no.sentret.legal.Legal.newShift;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.sentret.infra.testing.RoleMatrix;
import no.sentret.infra.testing.RoleMatrix.Endpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint × every role × no token: lawyers record and read, the coordinator plans shifts and
 * reads the shift and case registers, the administrator reads only the audit log, nobody else anything.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final Set<String> LAWYER = Set.of("lawyer");
    private static final Set<String> COORDINATOR = Set.of("legal-coordinator");
    private static final Set<String> BOTH = Set.of("lawyer", "legal-coordinator");

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /legal-aid/lawyers", COORDINATOR, r -> r.body("{\"subject\":\"" + UUID.randomUUID() + "\",\"kind\":\"SUBSTITUTE\"}")
                        .post("/legal-aid/lawyers")),
                new Endpoint("GET /legal-aid/lawyers", BOTH, r -> r.get("/legal-aid/lawyers")),
                new Endpoint("POST /legal-aid/lawyers/{id}/leave", COORDINATOR, r -> r.body("{}")
                        .post("/legal-aid/lawyers/" + Legal.newLawyer(UUID.randomUUID().toString(), "SUBSTITUTE") + "/leave")),
                new Endpoint("GET /legal-aid/lawyers/me", LAWYER, r -> {
                    kitLawyerId();
                    return r.get("/legal-aid/lawyers/me");
                }),
                new Endpoint("POST /legal-aid/shifts", COORDINATOR, r -> r.body("{\"date\":\"" + Legal.days(1)
                        + "\",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerId\":\"" + kitLawyerId() + "\"}").post("/legal-aid/shifts")),
                new Endpoint("POST /legal-aid/shifts/term", COORDINATOR, r -> {
                    LocalDate from = Legal.days(14);
                    return r.body("{\"from\":\"" + from + "\",\"to\":\"" + from.plusDays(13) + "\",\"dayOfWeek\":\"WEDNESDAY\","
                            + "\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerIds\":[\"" + kitLawyerId() + "\"]}").post("/legal-aid/shifts/term");
                }),
                new Endpoint("GET /legal-aid/shifts", BOTH, r -> r.queryParam("from", "2001-01-01").queryParam("to", "2001-01-31").get("/legal-aid/shifts")),
                new Endpoint("GET /legal-aid/shifts/{id}", BOTH, r -> r.get("/legal-aid/shifts/" + newShift())),
                new Endpoint("POST /legal-aid/shifts/{id}/held", BOTH, r -> r.post("/legal-aid/shifts/" + newShift() + "/held")),
                new Endpoint("POST /legal-aid/shifts/{id}/nobody-came", BOTH, r -> r.post("/legal-aid/shifts/" + newShift() + "/nobody-came")),
                new Endpoint("POST /legal-aid/shifts/{id}/cancel", BOTH, r -> r.body("{\"reason\":\"LAWYER_ILL\"}")
                        .post("/legal-aid/shifts/" + newShift() + "/cancel")),
                new Endpoint("POST /legal-aid/shifts/{id}/substitute", COORDINATOR, r -> {
                    String substitute = Legal.newLawyer(UUID.randomUUID().toString(), "SUBSTITUTE");
                    return r.body("{\"lawyerId\":\"" + substitute + "\"}").post("/legal-aid/shifts/" + newShift() + "/substitute");
                }),
                new Endpoint("POST /legal-aid/shifts/{id}/correct-outcome", BOTH, r -> {
                    String shift = newShift();
                    Legal.coordinator().post("/legal-aid/shifts/" + shift + "/held").then().statusCode(200);
                    return r.body("{\"status\":\"HELD_NOBODY_CAME\",\"reason\":\"marked held by mistake\"}")
                            .post("/legal-aid/shifts/" + shift + "/correct-outcome");
                }),
                new Endpoint("GET /legal-aid/shifts/{id}/outcomes", BOTH, r -> r.get("/legal-aid/shifts/" + newShift() + "/outcomes")),
                new Endpoint("GET /legal-aid/summary", BOTH, r -> r.queryParam("from", "2001-01-01").queryParam("to", "2001-01-31").get("/legal-aid/summary")),
                new Endpoint("POST /legal-aid/inquiries", LAWYER, r -> {
                    String shift = newShift();
                    return r.body(Legal.inquiry(shift, null, "[\"HOUSING_AND_TENANCY\"]", null, "NOT_ASKED")).post("/legal-aid/inquiries");
                }),
                new Endpoint("GET /legal-aid/inquiries", LAWYER, r -> r.queryParam("from", "2001-01-01").queryParam("to", "2001-01-31").get("/legal-aid/inquiries")),
                new Endpoint("GET /legal-aid/inquiries/{id}", LAWYER, r -> r.get("/legal-aid/inquiries/" + newInquiry(newShift()))),
                new Endpoint("POST /legal-aid/inquiries/{id}/void", LAWYER, r -> r.body("{\"reason\":\"recorded twice\"}")
                        .post("/legal-aid/inquiries/" + newInquiry(newShift()) + "/void")),
                new Endpoint("POST /legal-aid/cases", LAWYER, r -> {
                    String inquiry = newInquiry(newShift());
                    return r.body("{\"inquiryId\":\"" + inquiry + "\",\"area\":\"FAMILY\"}").post("/legal-aid/cases");
                }),
                new Endpoint("GET /legal-aid/cases", BOTH, r -> r.queryParam("from", "2001-01-01").queryParam("to", "2001-01-31").get("/legal-aid/cases")),
                new Endpoint("GET /legal-aid/cases/{id}", BOTH, r -> r.get("/legal-aid/cases/" + newCase())),
                new Endpoint("POST /legal-aid/cases/{id}/close", LAWYER, r -> r.body("{\"outcome\":\"RESOLVED_ON_SITE\"}")
                        .post("/legal-aid/cases/" + newCase() + "/close")),
                new Endpoint("POST /legal-aid/cases/{id}/meetings", LAWYER, r -> {
                    String caseId = newCase();
                    String later = newShift();
                    return r.body("{\"shiftId\":\"" + later + "\",\"occurredAt\":\"" + Legal.during(later) + "\"}")
                            .post("/legal-aid/cases/" + caseId + "/meetings");
                }),
                new Endpoint("GET /legal-aid/cases/{id}/meetings", BOTH, r -> r.get("/legal-aid/cases/" + newCase() + "/meetings")),
                new Endpoint("POST /legal-aid/cases/{id}/void", LAWYER, r -> r.body("{\"reason\":\"opened twice\"}")
                        .post("/legal-aid/cases/" + newCase() + "/void")),
                new Endpoint("GET /legal-aid/audit", Set.of("admin"), r -> r.queryParam("from", "2001-01-01").queryParam("to", "2100-01-01")
                        .get("/legal-aid/audit")),
                new Endpoint("GET /legal-aid/audit/daily", Set.of("admin"), r -> r.get("/legal-aid/audit/daily")),
                new Endpoint("GET /legal-aid/clients/{clientCode}/export", Set.of("admin"), r -> r.get("/legal-aid/clients/ABCD2345/export")),
                new Endpoint("GET /legal-aid/export-requests", LAWYER, r -> r.get("/legal-aid/export-requests")),
                new Endpoint("POST /legal-aid/export-requests/{clientCode}/release", LAWYER,
                        r -> r.post("/legal-aid/export-requests/" + Legal.newClient() + "/release")));
    }

    static Stream<Arguments> matrix() {
        return RoleMatrix.of(endpoints());
    }


    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItsRuleSays(Endpoint endpoint, String role) {
        RoleMatrix.check(endpoint, role);
    }
}
