package no.sentret.visit.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import no.sentret.platform.security.VerifiedTokens;
import org.junit.jupiter.api.Test;

/**
 * A token's signature is checked once for its lifetime: the cache must never accept what quarkus-oidc
 * would refuse (another signature, an expired token) nor mix up two tokens' roles.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    /** Signed by the test OIDC server's key, as OidcWiremockTestResource signs its tokens, with our own expiry. */
    static String token(String user, String role, Instant expiresAt) {
        return Jwt.preferredUserName(user).groups(Set.of(role))
                .issuer("https://server.example.com").audience(no.sentret.infra.testing.TestTokens.API_AUDIENCE)
                .subject("verified-tokens-" + user).expiresAt(expiresAt).claim("typ", "Bearer")
                .jws().keyId("1").sign("privateKey.jwk");
    }

    private static int status(String token) {
        return given().auth().oauth2(token).get("/visits/today").then().extract().statusCode();
    }

    @Test
    void aTokenIsVerifiedOnceThenItsIdentityIsReused() {
        String token = token("once", "staff", Instant.now().plusSeconds(300));
        long hits = tokens.hits();
        assertEquals(200, status(token));
        assertEquals(hits, tokens.hits(), "the first request is verified by quarkus-oidc");
        assertEquals(200, status(token));
        assertEquals(200, status(token));
        assertEquals(hits + 2, tokens.hits(), "the next ones come from the cache");
    }

    @Test
    void theSameClaimsWithAnotherSignatureAreVerifiedAndRefused() {
        String token = token("forger", "staff", Instant.now().plusSeconds(300));
        assertEquals(200, status(token));
        int dot = token.lastIndexOf('.');
        char c = token.charAt(dot + 10);
        String forged = token.substring(0, dot + 10) + (c == 'A' ? 'B' : 'A') + token.substring(dot + 11);
        assertEquals(401, status(forged));
        String unsigned = token.substring(0, dot + 1);
        assertEquals(401, status(unsigned));
        assertEquals(200, status(token));
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = token("short-lived", "staff", expiry);
        assertEquals(200, status(token));
        assertEquals(200, status(token));
        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 1_500);
        assertEquals(401, status(token));
    }

    @Test
    void eachTokenKeepsItsOwnRoles() {
        String kiosk = token("kiosk-device", "kiosk", Instant.now().plusSeconds(300));
        String staff = token("desk", "staff", Instant.now().plusSeconds(300));
        for (int i = 0; i < 3; i++) {
            assertEquals(403, status(kiosk));
            assertEquals(200, status(staff));
        }
    }
}
