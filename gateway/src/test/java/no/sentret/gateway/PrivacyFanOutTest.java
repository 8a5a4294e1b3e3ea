package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.sentret.infra.testing.TestTraces;
import org.junit.jupiter.api.Test;

/** /api/privacy/**: the privacy officer's requests assembled from each service's own endpoint, with the officer's token. */
@QuarkusTest
@QuarkusTestResource(value = UpstreamServers.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
// the replicas' shared logouts (session.RevocationFeed) over the JVM's real broker
@QuarkusTestResource(value = no.sentret.infra.testing.KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class PrivacyFanOutTest {

    static String token(String user, String... roles) {
        return no.sentret.infra.testing.TestTokens.accessToken(user, roles);
    }

    @Test
    void theTrailMergesTheServicesNewestFirstAndSumsEachUsersDailyReads() {
        String token = token("officer", "admin");
        TestTraces.Trace trace = TestTraces.fresh();
        given().auth().oauth2(token).header("traceparent", trace.traceParent())
                .queryParam("actor", "user-x").queryParam("from", "2026-05-01").queryParam("to", "2026-05-31").queryParam("size", "2")
                .get("/api/privacy/audit").then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                // 10:00:00.100 is later than 10:00:00 (as text it sorts first): legal's entry, then health's newest; size 2 cuts the third
                .body("items.service", contains("legal", "health"))
                .body("items.resource", contains("legal-case", "consultation"))
                .body("items.id", everyItem(nullValue()))
                .body("items.resourceId", contains("/legal-aid/audit?size=2&actor=user-x&from=2026-05-01&to=2026-05-31",
                        "/health/audit?size=2&actor=user-x&from=2026-05-01&to=2026-05-31"))
                .body("items.roles", everyItem(is("Bearer " + token)))
                .body("items.requestId", everyItem(is(trace.traceId())))
                .body("totals.health", is(40)).body("totals.legal", is(3))
                .body("daily.day", contains("2026-05-01", "2026-05-02"))
                .body("daily.actor", contains("user-x", "user-y"))
                .body("daily.reads", contains(3, 4))
                .body("daily[0].byService.health", is(2)).body("daily[0].byService.legal", is(1));
    }

    @Test
    void onlyThePrivacyOfficerAsks() {
        given().auth().oauth2(token("clinician", "clinician", "lawyer")).get("/api/privacy/audit").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token("staff", "staff")).get("/api/privacy/clients/ABCD2345/export").then()
                .statusCode(403).contentType("application/problem+json");
        given().get("/api/privacy/audit").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBadQueryIsRefusedBeforeAnyServiceIsAsked() {
        String token = token("officer", "admin");
        given().auth().oauth2(token).queryParam("size", "0").get("/api/privacy/audit").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("size"));
        given().auth().oauth2(token).queryParam("size", "x").get("/api/privacy/audit").then().statusCode(400);
        given().auth().oauth2(token).get("/api/privacy/clients/AB-1/export").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("clientCode"));
        given().auth().oauth2(token).post("/api/privacy/audit").then().statusCode(405);
        given().auth().oauth2(token).get("/api/privacy/other").then().statusCode(404);
    }

    @Test
    void aServiceThatFailsFailsTheWholeAnswer() {
        String token = token("officer", "admin");
        // legal aid answers 500 to this actor: no trail of health alone
        given().auth().oauth2(token).queryParam("actor", "fail").get("/api/privacy/audit").then()
                .statusCode(502).contentType("application/problem+json").body("detail", containsString("legal-service"));
        // outreach is unreachable in these tests: no export without its section
        given().auth().oauth2(token).get("/api/privacy/clients/abcd2345/export").then()
                .statusCode(503).contentType("application/problem+json").body("detail", containsString("nothing was assembled"));
    }
}
