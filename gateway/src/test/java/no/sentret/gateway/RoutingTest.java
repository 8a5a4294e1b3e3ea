package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The route table against real in-test HTTP upstreams: what the service receives, and what the caller gets back. */
@QuarkusTest
@QuarkusTestResource(value = UpstreamServers.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class RoutingTest {

    static String token(String user, String... roles) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
    }

    @Test
    void forwardsMethodPathQueryBodyAndTheCallersTokenToTheService() {
        String token = token("kari", "staff");
        given().auth().oauth2(token)
                .header("X-Request-Id", "req-123")
                .header("Cookie", "tracking=1")
                .contentType("application/json")
                .body("{\"clientCode\":\"AB12\"}")
                .post("/api/visits/today?site=stua&x=1")
                .then()
                .statusCode(200)
                .header("X-Upstream", "echo")
                .header("X-Request-Id", "req-123")
                .body("method", is("POST"))
                .body("path", is("/visits/today"))
                .body("query", is("site=stua&x=1"))
                .body("body", is("{\"clientCode\":\"AB12\"}"))
                .body("headers.authorization", is("Bearer " + token))
                .body("headers.x-request-id", is("req-123"))
                .body("headers.content-type", containsString("application/json"))
                .body("headers.cookie", nullValue());
    }

    @Test
    void eachPrefixGoesToItsService() {
        String token = token("kari", "staff", "analyst", "clinician", "lawyer");
        for (String[] pair : new String[][] {
                {"/api/clients/AB12", "/clients/AB12"},
                {"/api/social-consultations", "/social-consultations"},
                {"/api/feedback", "/feedback"},
                {"/api/stats/monthly", "/stats/monthly"},
                {"/api/health/consultations/5", "/health/consultations/5"},
                {"/api/legal-aid/cases", "/legal-aid/cases"}}) {
            given().auth().oauth2(token).get(pair[0]).then().statusCode(200).body("path", is(pair[1]));
        }
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() {
        given().auth().oauth2(token("kari", "staff")).get("/api/visitsX").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void generatesARequestIdWhenNoneOrAnUnsafeOneIsSent() {
        String generated = given().auth().oauth2(token("kari", "staff")).get("/api/visits").then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        given().auth().oauth2(token("kari", "staff")).get("/api/visits").then()
                .header("X-Request-Id", not(equalTo(generated)));
        given().auth().oauth2(token("kari", "staff"))
                .header("X-Request-Id", "abc<script>\u00e6def")
                .get("/api/visits").then()
                .header("X-Request-Id", "abcscriptdef")
                .body("headers.x-request-id", is("abcscriptdef"));
    }

    @Test
    void securityHeadersOnEveryResponse() {
        given().auth().oauth2(token("kari", "staff")).get("/api/visits").then()
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().get("/api/visits").then()
                .statusCode(401)
                .header("X-Frame-Options", "DENY");
    }
}
