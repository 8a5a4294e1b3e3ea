package no.sentret.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The cache's own rules on a clock of its own: expiry, maximum age, size bound, what is never kept. */
class VerifiedTokensCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final VerifiedTokens tokens = new VerifiedTokens(true, 3, Duration.ofSeconds(60), now::get);

    private static JsonWebToken jwt(long expEpochSecond) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return "exp".equals(name) ? (T) Long.valueOf(expEpochSecond) : null;
            }
        };
    }

    private SecurityIdentity verified(String token, long expiresInSeconds) {
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt(now.get() / 1000 + expiresInSeconds))
                .addCredential(new AccessTokenCredential(token)).addRole("staff").build();
    }

    private SecurityIdentity lookUp(String token) {
        return tokens.find(token, null);
    }

    @Test
    void keptUntilTheTokenExpires() {
        tokens.remember(verified("a", 30));
        assertNotNull(lookUp("a"));
        now.addAndGet(29_999);
        assertEquals(Set.of("staff"), lookUp("a").getRoles());
        now.addAndGet(1);
        assertNull(lookUp("a"), "at exp the token goes back to quarkus-oidc, which refuses it");
        assertEquals(0, tokens.size());
    }

    @Test
    void keptAtMostMaxAgeEvenForALongLivedToken() {
        tokens.remember(verified("long", 7200));
        now.addAndGet(59_999);
        assertNotNull(lookUp("long"));
        now.addAndGet(1);
        assertNull(lookUp("long"), "verified again after max-age (a key withdrawn from the realm stops its tokens)");
    }

    @Test
    void anExpiredTokenIsNeverKept() {
        tokens.remember(verified("old", 0));
        assertNull(lookUp("old"));
        assertEquals(0, tokens.size());
    }

    @Test
    void aBrowserSessionIsNeverKept() {
        SecurityIdentity session = QuarkusSecurityIdentity.builder().setPrincipal(jwt(now.get() / 1000 + 300))
                .addCredential(new IdTokenCredential("id-token")).addCredential(new AccessTokenCredential("session-access")).build();
        tokens.remember(session);
        assertNull(lookUp("session-access"));
    }

    @Test
    void onlyABearerAuthorizationHeaderIsLookedUp() {
        assertEquals("abc.def.ghi", KnownBearerTokens.bearerToken("Bearer abc.def.ghi"));
        assertEquals("abc", KnownBearerTokens.bearerToken("bearer abc"), "the scheme in any case (RFC 6750)");
        assertNull(KnownBearerTokens.bearerToken(null));
        assertNull(KnownBearerTokens.bearerToken("Basic dXNlcjpwYXNz"));
        assertNull(KnownBearerTokens.bearerToken("Bearer "));
        assertNull(KnownBearerTokens.bearerToken("Bearerabc"));
    }

    @Test
    void boundedInSize() {
        for (int i = 0; i < 10; i++) {
            tokens.remember(verified("t" + i, 300));
            assertEquals(true, tokens.size() <= 3, "at most max-entries tokens");
        }
        assertNotNull(lookUp("t9"));
    }

    @Test
    void offMeansEveryRequestIsVerified() {
        VerifiedTokens off = new VerifiedTokens(false, 3, Duration.ofSeconds(60), now::get);
        off.remember(verified("a", 300));
        assertNull(off.find("a", null));
    }
}
