package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import no.sentret.infra.testing.PrometheusMetrics;
import org.junit.jupiter.api.Test;

/**
 * Token buckets per principal and per client address, with small limits so the test can exhaust them. The
 * test client is configured as the trusted proxy, so its {@code X-Forwarded-For} names the client address.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "sentret.gateway.rate-limit.per-principal.capacity", "3",
                    "sentret.gateway.rate-limit.per-principal.refill-per-second", "0.05",
                    "sentret.gateway.rate-limit.per-address.capacity", "6",
                    "sentret.gateway.rate-limit.per-address.refill-per-second", "0.05",
                    // the test client plays the ingress: its X-Forwarded-For lets the test speak from several addresses
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void aPrincipalPastItsBucketGets429WithRetryAfter() {
        String token = RoutingTest.token("busy-bee", "staff");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).header("X-Forwarded-For", "198.51.100." + (10 + i))
                    .get("/api/visits").then().statusCode(200);
        }
        Response limited = given().auth().oauth2(token).header("X-Forwarded-For", "198.51.100.20").get("/api/visits");
        assertEquals(429, limited.statusCode());
        assertEquals("application/problem+json", limited.contentType());
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        double rejected = PrometheusMetrics.scrape().value("sentret_gateway_rate_limited_total",
                Map.of("scope", "principal", "route", "visit"));
        assertTrue(rejected >= 1, "rate-limit rejections counted: " + rejected);
        // another user from the same address is not affected
        given().auth().oauth2(RoutingTest.token("calm-cat", "staff")).header("X-Forwarded-For", "198.51.100.20")
                .get("/api/visits").then().statusCode(200);
    }

    @Test
    void aTrustedProxysForwardedForIsTheClientAddress() {
        given().auth().oauth2(RoutingTest.token("via-ingress", "staff")).header("X-Forwarded-For", "198.51.100.77, 192.0.2.1")
                .get("/api/visits").then()
                .statusCode(200)
                .body("headers.x-forwarded-for", is("198.51.100.77"));
    }

    @Test
    void anAddressPastItsBucketGets429EvenWithoutAToken() {
        for (int i = 0; i < 6; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").get("/api/visits").then().statusCode(401);
        }
        Response limited = given().header("X-Forwarded-For", "203.0.113.7").get("/api/visits");
        assertEquals(429, limited.statusCode());
        assertEquals("application/problem+json", limited.contentType());
        assertTrue(limited.body().asString().contains("address"), limited.body().asString());
        // one token every 20 s; part of it may have refilled while the bucket was being emptied
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        given().header("X-Forwarded-For", "203.0.113.8").get("/api/visits").then().statusCode(401);
        // the scrape itself (/q/*) is never rate limited
        double rejected = PrometheusMetrics.scrape().value("sentret_gateway_rate_limited_total",
                Map.of("scope", "address", "route", "visit"));
        assertTrue(rejected >= 1, "rate-limit rejections counted: " + rejected);
    }
}
