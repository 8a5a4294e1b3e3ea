package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * With the gateway's own proxy settings (no trusted proxy configured, as a production deployment that
 * has not set {@code QUARKUS_HTTP_PROXY_TRUSTED_PROXIES}), the test client is not a trusted proxy: its
 * {@code X-Forwarded-For} must neither move it to another rate-limit bucket nor reach the service.
 */
@QuarkusTest
@TestProfile(ForwardedForTest.SmallAddressBucket.class)
class ForwardedForTest {

    public static class SmallAddressBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "sentret.gateway.rate-limit.per-address.capacity", "5",
                    "sentret.gateway.rate-limit.per-address.refill-per-second", "0.05");
        }
    }

    @Test
    void anUntrustedClientsForwardedForIsIgnoredSoItIsRateLimitedAsOneAddress() {
        // the service is told the address the gateway saw, not the one the caller made up
        given().auth().oauth2(RoutingTest.token("eve", "staff")).header("X-Forwarded-For", randomAddress())
                .get("/api/visits").then()
                .statusCode(200)
                .body("headers.x-forwarded-for", is("127.0.0.1"));
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", randomAddress()).get("/api/visits").then().statusCode(401);
        }
        Response limited = given().header("X-Forwarded-For", randomAddress()).get("/api/visits");
        assertEquals(429, limited.statusCode(), limited.asString());
        assertEquals("application/problem+json", limited.contentType());
        given().header("Forwarded", "for=" + randomAddress()).get("/api/visits").then().statusCode(429);
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0.113." + random.nextInt(1, 255) + ", 198.51.100." + random.nextInt(1, 255);
    }
}
