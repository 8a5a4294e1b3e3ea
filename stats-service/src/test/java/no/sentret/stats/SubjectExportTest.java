package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static no.sentret.stats.Events.clientRegistered;
import static no.sentret.stats.Events.healthRecorded;
import static no.sentret.stats.Events.merged;
import static no.sentret.stats.Events.visitRecorded;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Stats' part of the data-subject export: the client row, the merges and the service events under the code
 * and the code merged into it, nothing of anyone else; an unknown code is an empty part; a malformed one a 400
 * naming clientCode; every read leaves an audit row (who, when, resource, the trace id). Roles: StatsApiTest.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SubjectExportTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AgroalDataSource ds;

    @Test
    void exportsTheCodeAndItsMergedCodesAndAuditsTheRead() throws Exception {
        int year = TestData.freshYears(1);
        String code = newCode();
        String mergedCode = newCode();
        String other = newCode();
        UUID visit = UUID.randomUUID();
        UUID health = UUID.randomUUID();
        EventSender.sendAndAwait(ds, List.of(
                clientRegistered(code, "WOMAN", "RO", "26-30", LocalDate.of(year, 2, 1)),
                clientRegistered(mergedCode, "WOMAN", "RO", "26-30", LocalDate.of(year, 3, 1)),
                clientRegistered(other, "MAN", "NO", "31-35", LocalDate.of(year, 2, 1)),
                visitRecorded(visit, code, Instant.parse(year + "-05-04T10:00:00Z")),
                healthRecorded(health, mergedCode, Instant.parse(year + "-06-05T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), other, Instant.parse(year + "-05-04T11:00:00Z")),
                merged(mergedCode, code)));

        String traceId = HexFormat.of().formatHex(randomBytes(16));
        Instant before = Instant.now().minusSeconds(1);
        Response answer = given().auth().oauth2(Api.token("admin"))
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .get("/stats/clients/" + code.toLowerCase() + "/export");
        answer.then().statusCode(200).body("service", is("stats-service")).body("clientCode", is(code));
        Map<String, List<Map<String, Object>>> records = answer.jsonPath().getMap("records");

        assertEquals(Set.of(code, mergedCode), valuesOf(records.get("client"), "code"), "both codes' client rows: " + records);
        Map<String, Object> client = records.get("client").stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
        assertEquals("WOMAN", client.get("gender"));
        assertEquals("RO", client.get("nationality"));
        assertEquals(year + "-02-01", client.get("first_registered_on"));
        assertEquals(1, records.get("clientAliases").size(), records.get("clientAliases").toString());
        assertEquals(mergedCode, records.get("clientAliases").get(0).get("merged_code"));
        assertEquals(code, records.get("clientAliases").get(0).get("surviving_code"));
        assertEquals(Set.of(visit.toString(), health.toString()), valuesOf(records.get("serviceEvents"), "id"), "the two services, not the other client's");
        Map<String, Object> first = records.get("serviceEvents").get(0);
        assertEquals(visit.toString(), first.get("id"), "oldest first");
        assertEquals("STUA", first.get("area"));
        assertEquals(year + "-05-04", first.get("oslo_date"));
        assertEquals("HEALTH", records.get("serviceEvents").get(1).get("area"));
        assertEquals(mergedCode, records.get("serviceEvents").get(1).get("client_code"));

        List<Map<String, Object>> audit = auditRows(code);
        assertEquals(1, audit.size(), "one audit row for one read: " + audit);
        Map<String, Object> row = audit.get(0);
        assertEquals("someone-admin", row.get("actor"));
        assertEquals("admin", row.get("roles"));
        assertEquals("READ", row.get("action"));
        assertEquals(traceId, row.get("request_id"), "the request's trace");
        assertEquals(traceId, answer.header("X-Trace-Id"), "the trace the response names");
        Instant at = ((java.sql.Timestamp) row.get("at")).toInstant();
        assertTrue(!at.isBefore(before) && !at.isAfter(Instant.now()), "written at the read: " + at);
    }

    @Test
    void anUnknownCodeIsAnEmptyPartAndStillAudited() throws Exception {
        String unknown = newCode();
        given().auth().oauth2(Api.token("admin")).get("/stats/clients/" + unknown + "/export").then()
                .statusCode(200)
                .body("clientCode", is(unknown))
                .body("records.client.size()", is(0))
                .body("records.clientAliases.size()", is(0))
                .body("records.serviceEvents.size()", is(0));
        assertEquals(1, auditRows(unknown).size());
    }

    @Test
    void aMalformedCodeIsAProblemNamingClientCode() throws Exception {
        given().auth().oauth2(Api.token("admin")).get("/stats/clients/ab1O/export").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", is("clientCode"));
        assertEquals(0, auditRows("AB1O").size(), "nothing read, nothing audited");
    }

    private List<Map<String, Object>> auditRows(String code) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select actor, roles, action, request_id, at from audit_log where resource = 'client-export' and resource_id = ?")) {
            ps.setString(1, code);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Map.of("actor", rs.getString(1), "roles", rs.getString(2), "action", rs.getString(3),
                            "request_id", String.valueOf(rs.getString(4)), "at", rs.getTimestamp(5)));
                }
            }
            return rows;
        }
    }

    private static Set<Object> valuesOf(List<Map<String, Object>> rows, String column) {
        Set<Object> values = new HashSet<>();
        rows.forEach(r -> values.add(r.get(column)));
        return values;
    }

    /** A code from the issuing alphabet, twelve long (the export takes only well-formed codes). */
    private static String newCode() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid trace id)
        return b;
    }
}
