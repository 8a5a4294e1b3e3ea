package no.sentret.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import no.sentret.infra.testing.TestTokens;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens are verified at the gateway against the realm's keys (signature, issuer, expiry) and
 * never sent to the provider's introspection endpoint: a stranger's token must not make the gateway
 * call the provider (which refuses the public client and makes us log an ERROR, once per request).
 */
@QuarkusTest
class BearerTokenTest {

    /** the paths and issuer of {@code OidcWiremockTestResource}'s realm */
    private static final String INTROSPECTION = "/auth/realms/quarkus/protocol/openid-connect/token/introspect";
    private static final String KEYS = "/auth/realms/quarkus/protocol/openid-connect/certs";
    private static final String ISSUER = "https://server.example.com";

    private static PrivateKey foreignKey;

    @OidcWireMock
    WireMockServer provider;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void makeAForeignKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        foreignKey = generator.generateKeyPair().getPrivate();
    }

    @BeforeEach
    void listen() {
        provider.resetRequests();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void garbageForgedExpiredOrForeignTokensAre401WithoutAnyCallToTheProvider() throws InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("garbage", "not-a-jwt");
        // the test provider's introspection endpoint vouches for this opaque token: it must not be asked
        tokens.put("opaque token the provider knows", "alice");
        tokens.put("signed by a foreign key under the realm's key id",
                claims("mallory", ISSUER).jws().keyId("1").sign(foreignKey));
        tokens.put("signed by the realm, expired",
                claims("kari", ISSUER).issuedAt(now - 3600).expiresAt(now - 1800).jws().keyId("1").sign("privateKey.jwk"));
        tokens.put("signed by the realm, another issuer",
                claims("kari", "https://elsewhere.example.com").jws().keyId("1").sign("privateKey.jwk"));

        tokens.forEach((what, token) -> given().auth().oauth2(token).get("/api/visits").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", is(401)));

        assertEquals(0, provider.findAll(anyRequestedFor(anyUrl())).size(),
                "calls to the provider: " + provider.findAll(anyRequestedFor(anyUrl())));
        assertNoErrorLogged();
        // and the realm's own tokens still pass, verified locally too
        given().auth().oauth2(RoutingTest.token("kari", "staff")).get("/api/visits").then().statusCode(200);
        assertEquals(0, provider.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void anUnknownKeyIdRefreshesTheKeysAtMostOnceAndIsNeverIntrospected() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            String token = claims("mallory", ISSUER).jws().keyId("made-up-" + i).sign(foreignKey);
            given().auth().oauth2(token).get("/api/visits").then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/visits").then()
                .statusCode(401)
                .contentType("application/problem+json");

        assertEquals(0, provider.findAll(anyRequestedFor(urlPathEqualTo(INTROSPECTION))).size());
        // a key rotation shows up as an unknown key id: the keys are fetched again, but at most once per
        // quarkus.oidc.token.forced-jwk-refresh-interval, however many such tokens arrive
        int keyFetches = provider.findAll(getRequestedFor(urlPathEqualTo(KEYS))).size();
        assertTrue(keyFetches <= 1, "key set fetched " + keyFetches + " times");
        assertEquals(keyFetches, provider.findAll(anyRequestedFor(anyUrl())).size(),
                "other calls to the provider: " + provider.findAll(anyRequestedFor(anyUrl())));
        assertNoErrorLogged();
    }

    /** Issue 17: an ID token with the roles was accepted as a bearer token. */
    @Test
    void anIdTokenIsNotABearerToken() {
        String idToken = OidcWiremockTestResource.getIdToken("kari", Set.of("staff"));
        given().auth().oauth2(idToken).get("/api/visits").then()
                .statusCode(401)
                .contentType("application/problem+json");
        String typeless = Jwt.preferredUserName("kari").audience(TestTokens.API_AUDIENCE).issuer(ISSUER).subject("kari").groups("staff").jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(typeless).get("/api/visits").then().statusCode(401);
        given().auth().oauth2(RoutingTest.token("kari", "staff")).get("/api/visits").then().statusCode(200);
    }

    /**
     * Issue 17: a token for another audience (the realm's signature and issuer, an access token, the role)
     * was accepted; only one naming our API is.
     */
    @Test
    void aTokenForAnotherAudienceIsRefused() {
        given().auth().oauth2(TestTokens.forAnotherAudience("another-service", "kari", "staff")).get("/api/visits").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        // the web client's own name is accepted for the browser's ID and logout tokens, never for a bearer token
        given().auth().oauth2(TestTokens.forAnotherAudience("quarkus-web-app", "kari", "staff")).get("/api/visits").then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.accessToken("kari", "staff")).get("/api/visits").then().statusCode(200);
    }

    private static JwtClaimsBuilder claims(String user, String issuer) {
        return Jwt.preferredUserName(user)
                .audience(TestTokens.API_AUDIENCE)
                .claim("typ", "Bearer")
                .issuer(issuer)
                .subject(user)
                .groups("staff");
    }

    private void assertNoErrorLogged() throws InterruptedException {
        Thread.sleep(200); // the provider client logs on the event loop, possibly just after the answer
        assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }
}
