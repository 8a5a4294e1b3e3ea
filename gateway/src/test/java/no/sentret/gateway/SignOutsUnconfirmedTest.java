package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, sessions shared across replicas: when this replica cannot read the other replicas' logouts (no
 * broker), a copied cookie of a session logged out elsewhere must not pass silently. Every browser session is
 * refused with 503 (problem details, Retry-After) until the broker is back; bearer callers are not affected, and
 * signing out is never refused. The broker here is an address nobody listens on.
 */
@QuarkusTest
@TestProfile(SignOutsUnconfirmedTest.BrokerAway.class)
class SignOutsUnconfirmedTest {

    public static class BrokerAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1",
                    "sentret.gateway.revoked-sessions.max-staleness", "2S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(UpstreamServers.class), new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void withoutTheBrokerNoBrowserSessionIsAcceptedButBearerCallersAre() {
        Map<String, String> cookies = LogoutRevocationTest.signIn();

        given().cookies(cookies).get("/me").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", is("5"))
                .body("status", is(503));
        given().cookies(cookies).get("/api/visits").then().statusCode(503).contentType("application/problem+json");

        given().auth().oauth2(RoutingTest.token("kari", "staff")).get("/api/visits").then().statusCode(200);
        given().redirects().follow(false).cookies(cookies).get("/logout").then().statusCode(302);
    }
}
