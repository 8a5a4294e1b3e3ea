package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** The route table against real in-test HTTP upstreams: what the service receives, and what the caller gets back. */
@QuarkusTest
@QuarkusTestResource(value = UpstreamServers.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
// the replicas' shared logouts (session.RevocationFeed) over the JVM's real broker
@QuarkusTestResource(value = no.sentret.infra.testing.KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class RoutingTest {

    static String token(String user, String... roles) {
        return no.sentret.infra.testing.TestTokens.accessToken(user, roles);
    }

    @Test
    void forwardsMethodPathQueryBodyAndTheCallersTokenToTheService() {
        String token = token("kari", "staff");
        given().auth().oauth2(token)
                .header("Cookie", "tracking=1")
                .contentType("application/json")
                .body("{\"clientCode\":\"AB12\"}")
                .post("/api/visits/today?site=stua&x=1")
                .then()
                .statusCode(200)
                .header("X-Upstream", "echo")
                .body("method", is("POST"))
                .body("path", is("/visits/today"))
                .body("query", is("site=stua&x=1"))
                .body("body", is("{\"clientCode\":\"AB12\"}"))
                .body("headers.authorization", is("Bearer " + token))
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

    /** One trace from the edge to the service: the proxied request carries the trace the response names. */
    @Test
    void theServiceContinuesTheTraceTheResponseNames() {
        io.restassured.response.Response r = given().auth().oauth2(token("kari", "staff")).get("/api/visits");
        r.then().statusCode(200).header("X-Trace-Id", matchesPattern("[0-9a-f]{32}"));
        String traceId = r.header("X-Trace-Id");
        String traceparent = r.jsonPath().getString("headers.traceparent");
        org.junit.jupiter.api.Assertions.assertNotNull(traceparent, "the proxied request carries traceparent");
        // no collector is configured here: the trace is passed on unsampled, its spans are not recorded (TraceSampling)
        org.hamcrest.MatcherAssert.assertThat(traceparent, matchesPattern("00-" + traceId + "-[0-9a-f]{16}-00"));
        given().auth().oauth2(token("kari", "staff")).get("/api/visits").then()
                .header("X-Trace-Id", not(equalTo(traceId)));
        // a caller's (or an ingress's) trace is continued, not replaced
        String callers = "0af7651916cd43dd8448eb211c80319c";
        given().auth().oauth2(token("kari", "staff"))
                .header("traceparent", "00-" + callers + "-b7ad6b7169203331-01")
                .get("/api/visits").then()
                .header("X-Trace-Id", callers)
                .body("headers.traceparent", allOf(org.hamcrest.Matchers.startsWith("00-" + callers + "-"),
                        org.hamcrest.Matchers.endsWith("-01")));
        // refusals at the edge name their trace too
        given().get("/api/visits").then().statusCode(401).header("X-Trace-Id", matchesPattern("[0-9a-f]{32}"));
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
