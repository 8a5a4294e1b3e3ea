package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: after a logout, a captured copy of the session cookie kept working until its token
 * expired. Now a logout at the gateway and Keycloak's back-channel logout end the session for every
 * copy of the cookie at once. Signs in through the authorization-code flow of the test OIDC server.
 */
@QuarkusTest
class LogoutRevocationTest {

    /** The test OIDC server's ID tokens all carry this session id (Keycloak gives each session its own). */
    private static final String SID = "session-id";

    @Test
    void aCopyOfTheCookieStopsWorkingAtOnceAfterLogout() {
        Map<String, String> cookies = signIn();
        Map<String, String> copy = new HashMap<>(cookies);
        assertEquals(200, given().cookies(copy).get("/me").statusCode(), "signed in");

        Response logout = given().redirects().follow(false).cookies(cookies).get("/logout");
        assertEquals(302, logout.statusCode());

        // the captured copy: refused, on the API and in the browser's own paths
        given().cookies(copy).get("/me").then().statusCode(401);
        given().cookies(copy).get("/api/visits").then().statusCode(401).contentType("application/problem+json");
        given().cookies(copy).get("/me").then().statusCode(401);
    }

    @Test
    void keycloaksBackChannelLogoutEndsEveryCopyOfTheSession() {
        Map<String, String> cookies = signIn();
        assertEquals(200, given().cookies(cookies).get("/me").statusCode(), "signed in");

        given().contentType("application/x-www-form-urlencoded").formParam("logout_token", logoutToken(SID))
                .post("/back-channel-logout").then().statusCode(200);

        // quarkus-oidc alone ends the session on the first request that brings it back, then forgets the
        // logout: the second copy passed
        given().cookies(cookies).get("/me").then().statusCode(401);
        given().cookies(cookies).get("/me").then().statusCode(401);
        given().cookies(cookies).get("/api/visits").then().statusCode(401);
    }

    @Test
    void aForgedLogoutTokenRevokesNothing() {
        Map<String, String> cookies = signIn();
        String unsigned = logoutToken(SID);
        String forged = unsigned.substring(0, unsigned.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().contentType("application/x-www-form-urlencoded").formParam("logout_token", forged)
                .post("/back-channel-logout").then().statusCode(400);
        assertEquals(200, given().cookies(cookies).get("/me").statusCode());
    }

    /**
     * A revocation covers the sessions of its sid signed in up to the second of the logout; the test
     * server reuses one sid, so the next test's sign-in must fall in a later second. A wait, no assertion.
     */
    @AfterEach
    void nextSignInIsANewSession() throws InterruptedException {
        long second = Instant.now().getEpochSecond();
        while (Instant.now().getEpochSecond() <= second) {
            Thread.sleep(50);
        }
    }

    /** A logout token as Keycloak sends it, signed with the test OIDC server's key. */
    private static String logoutToken(String sid) {
        return Jwt.issuer("https://server.example.com")
                .audience("quarkus-web-app")
                .subject("123456")
                .claim("sid", sid)
                .claim("typ", "Logout")
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** The authorization-code flow with PKCE against the test OIDC server, as AuthenticationTest walks it. */
    static Map<String, String> signIn() {
        Response toProvider = given().redirects().follow(false).get("/login");
        assertEquals(302, toProvider.statusCode());
        URI authorize = URI.create(toProvider.header("Location"));
        Map<String, String> query = query(authorize);
        Map<String, String> cookies = new HashMap<>(toProvider.cookies());
        Response back = given().redirects().follow(false)
                .queryParam("state", query.get("state"))
                .queryParam("redirect_uri", query.get("redirect_uri"))
                .get(authorize.getScheme() + "://" + authorize.getAuthority() + "/login");
        URI callback = URI.create(back.header("Location"));
        Response session = given().redirects().follow(false).cookies(cookies).get(callback.getRawPath() + "?" + callback.getRawQuery());
        assertEquals(302, session.statusCode(), session.asString());
        cookies.putAll(session.cookies());
        assertTrue(cookies.keySet().stream().anyMatch(c -> c.startsWith("q_session")), cookies.toString());
        return cookies;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
