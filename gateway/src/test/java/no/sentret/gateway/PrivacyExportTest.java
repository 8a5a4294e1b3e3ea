package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;
import no.sentret.infra.testing.TestTraces;
import org.junit.jupiter.api.Test;

/**
 * A data subject's export when every service answers: one document with each service's part as the
 * service sent it, each asked with the officer's token and the request's trace (the services audit the
 * read under it). {@link PrivacyFanOutTest} has the refusals and failures; there outreach never answers.
 */
@QuarkusTest
@TestProfile(PrivacyExportTest.EveryServiceAnswers.class)
@QuarkusTestResource(value = UpstreamServers.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class PrivacyExportTest {

    /** outreach at the same upstream as the others (UpstreamServers leaves its port unanswered) */
    public static class EveryServiceAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sentret.gateway.routes.outreach.url", "${sentret.gateway.routes.visit.url}");
        }
    }

    @Test
    void theDocumentHoldsEveryServicesPart() {
        String token = OidcWiremockTestResource.getAccessToken("officer", Set.of("admin"));
        TestTraces.Trace trace = TestTraces.fresh();
        given().auth().oauth2(token).header("traceparent", trace.traceParent())
                .get("/api/privacy/clients/abcd2345/export").then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("clientCode", is("ABCD2345"))
                .body("requestId", is(trace.traceId()))
                .body("exportedAt", notNullValue())
                .body("sections.keySet()", containsInAnyOrder("visit", "health", "legal", "outreach", "stats"))
                // each part is the service's own answer, asked at its own export endpoint with the code as the officer typed it, upper-cased
                .body("sections.visit.path", is("/clients/ABCD2345/export"))
                .body("sections.health.path", is("/health/clients/ABCD2345/export"))
                .body("sections.legal.path", is("/legal-aid/clients/ABCD2345/export"))
                .body("sections.outreach.path", is("/outreach/clients/ABCD2345/export"))
                .body("sections.stats.path", is("/stats/clients/ABCD2345/export"))
                .body("sections.collect { it.value.clientCode }", everyItem(is("ABCD2345")))
                .body("sections.health.records", hasSize(1))
                .body("sections.health.records[0].kind", is("record-of-health"))
                .body("sections.outreach.records[0].kind", is("record-of-outreach"))
                .body("sections.visit.records[0].kind", is("record-of-clients"))
                .body("sections.stats.records[0].kind", is("record-of-stats"))
                // with the officer's token and this request's trace, under which each service audits the read
                .body("sections.collect { it.value.authorization }", everyItem(is("Bearer " + token)))
                .body("sections.collect { it.value.traceparent.split('-')[1] }", everyItem(is(trace.traceId())));
    }
}
