package no.sentret.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import no.sentret.platform.security.VerifiedTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * At the edge, a bearer token's signature is checked once for its lifetime: the cache must never let
 * through what quarkus-oidc would refuse. An authenticated call to a path no route serves is 404, an
 * unauthenticated one 401.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    private static String token(String user, Instant expiresAt) {
        return Jwt.preferredUserName(user).audience("sentret-api").claim("typ", "Bearer").issuer("https://server.example.com").subject(user).groups("staff")
                .expiresAt(expiresAt).jws().keyId("1").sign("privateKey.jwk");
    }

    private static int status(String token) {
        return given().auth().oauth2(token).get("/api/no-route-here").then().extract().statusCode();
    }

    @Test
    void aTokenIsVerifiedOnceThenItsIdentityIsReused() {
        String token = token("once", Instant.now().plusSeconds(300));
        long hits = tokens.hits();
        assertEquals(404, status(token));
        assertEquals(hits, tokens.hits(), "the first request is verified by quarkus-oidc");
        assertEquals(404, status(token));
        assertEquals(404, status(token));
        assertEquals(hits + 2, tokens.hits(), "the next ones come from the cache");
    }

    @Test
    void theSameClaimsWithAnotherSignatureAreVerifiedAndRefused() {
        String token = token("forger", Instant.now().plusSeconds(300));
        assertEquals(404, status(token));
        int dot = token.lastIndexOf('.');
        char c = token.charAt(dot + 10);
        assertEquals(401, status(token.substring(0, dot + 10) + (c == 'A' ? 'B' : 'A') + token.substring(dot + 11)));
        assertEquals(401, status(token.substring(0, dot + 1)));
        assertEquals(404, status(token));
    }

    /**
     * A cache hit skips the augmentors, so a token one of them refuses (here the gateway's AccessTokensOnly: no
     * {@code typ}) must never be kept: refused every time, never answered from the cache.
     */
    @Test
    void aTokenAnAugmentorRefusesIsRefusedEveryTime() {
        String typeless = Jwt.preferredUserName("typeless").audience("sentret-api").issuer("https://server.example.com").subject("typeless")
                .groups("staff").expiresAt(Instant.now().plusSeconds(300)).jws().keyId("1").sign("privateKey.jwk");
        long hits = tokens.hits();
        for (int i = 0; i < 3; i++) {
            assertEquals(401, status(typeless));
        }
        assertEquals(hits, tokens.hits(), "never answered from the cache");
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = token("short-lived", expiry);
        assertEquals(404, status(token));
        assertEquals(404, status(token));
        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 1_500);
        assertEquals(401, status(token));
    }
}
