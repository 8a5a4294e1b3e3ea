package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens on /api, the browser's authorization-code login (PKCE) against the test OIDC server,
 * the session's access token forwarded to the service, logout, and the edge role gate.
 */
@QuarkusTest
class AuthenticationTest {

    @Test
    void noTokenOnAnApiPathIs401ProblemDetailsNotARedirect() {
        given().get("/api/visits").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", is(401))
                .body("title", is("Unauthorized"));
        given().post("/api/unknown-prefix").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aForgedOrGarbledTokenIs401() {
        String token = RoutingTest.token("kari", "staff");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).get("/api/visits").then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-jwt").get("/api/visits").then().statusCode(401);
    }

    @Test
    void theEdgeRoleGateAnswers403WithoutCallingTheService() {
        given().auth().oauth2(RoutingTest.token("kari", "staff")).get("/api/health/consultations").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("clinician"));
        given().auth().oauth2(RoutingTest.token("nina", "clinician")).get("/api/health/consultations").then()
                .statusCode(200)
                .body("path", is("/health/consultations"));
    }

    @Test
    void meWithoutASessionIs401AndBearerCallersNeedNoCsrfToken() {
        given().get("/me").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(RoutingTest.token("kari", "staff")).contentType("application/json").body("{}")
                .post("/api/visits").then().statusCode(200);
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheLoginPage() {
        given().redirects().follow(false).get("/").then()
                .statusCode(302)
                .header("Location", containsString("/realms/quarkus"))
                .header("Location", containsString("code_challenge="))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void authorizationCodeLoginForwardsTheSessionsAccessTokenAndLogoutEndsTheSession() {
        // 1. the gateway sends the browser to the provider, with a PKCE challenge and a state cookie
        Response toProvider = given().redirects().follow(false).get("/login");
        assertEquals(302, toProvider.statusCode());
        URI authorize = URI.create(toProvider.header("Location"));
        Map<String, String> query = query(authorize);
        assertEquals("code", query.get("response_type"));
        assertNotNull(query.get("code_challenge"), "PKCE challenge");
        Map<String, String> cookies = new HashMap<>(toProvider.cookies());
        assertTrue(cookies.keySet().stream().anyMatch(c -> c.startsWith("q_auth")), "state cookie: " + cookies);

        // 2. the provider's login form posts to its /login, which redirects back with a code
        String providerLogin = authorize.getScheme() + "://" + authorize.getAuthority() + "/login";
        Response back = given().redirects().follow(false)
                .queryParam("state", query.get("state"))
                .queryParam("redirect_uri", query.get("redirect_uri"))
                .get(providerLogin);
        assertEquals(302, back.statusCode());
        URI callback = URI.create(back.header("Location"));

        // 3. the gateway exchanges the code (with the verifier) and opens a secure session
        Response session = given().redirects().follow(false).cookies(cookies)
                .get(callback.getRawPath() + "?" + callback.getRawQuery());
        assertEquals(302, session.statusCode(), session.asString());
        String setCookie = String.join("\n", session.headers().getValues("Set-Cookie"));
        assertTrue(setCookie.contains("q_session") && setCookie.contains("Secure") && setCookie.toLowerCase().contains("httponly"),
                setCookie);
        cookies.putAll(session.cookies());

        // 4. signed in: the web frontend, /me (name, roles, CSRF token), and API calls carry the user's
        //    access token to the service
        given().redirects().follow(false).cookies(cookies).get("/").then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("/app/main.js"));
        Response me = given().cookies(cookies).get("/me");
        assertEquals(200, me.statusCode(), me.asString());
        assertEquals("alice", me.path("name"));
        String csrf = me.path("csrfToken");
        assertTrue(csrf != null && csrf.length() >= 32, "csrf token: " + csrf);
        String csrfCookie = String.join("\n", me.headers().getValues("Set-Cookie"));
        assertTrue(csrfCookie.contains("sentret_csrf=" + csrf) && csrfCookie.contains("SameSite=Strict")
                && csrfCookie.toLowerCase().contains("httponly"), csrfCookie);
        cookies.put("sentret_csrf", csrf);
        String forwarded = given().cookies(cookies).get("/api/visits").then()
                .statusCode(200)
                .body("headers.cookie", is((Object) null))
                .extract().path("headers.authorization");
        assertTrue(forwarded != null && forwarded.startsWith("Bearer ey"), "forwarded: " + forwarded);

        // 4b. CSRF: a state-changing call on the session cookie needs the token in a header as well
        given().cookies(cookies).contentType("application/json").body("{}").post("/api/visits").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("X-CSRF-Token"));
        given().cookies(cookies).header("X-CSRF-Token", "forged-" + csrf).contentType("application/json").body("{}")
                .post("/api/visits").then().statusCode(403);
        given().cookies(cookies).header("X-CSRF-Token", csrf).contentType("application/json").body("{}")
                .post("/api/visits").then()
                .statusCode(200)
                .body("headers.x-csrf-token", is((Object) null))
                .body("headers.authorization", startsWith("Bearer ey"));

        // 5. logout: to the provider's end-session endpoint, session cookie cleared
        Response logout = given().redirects().follow(false).cookies(cookies).get("/logout");
        assertEquals(302, logout.statusCode());
        assertTrue(logout.header("Location").contains("end-session"), logout.header("Location"));
        String cleared = String.join("\n", logout.headers().getValues("Set-Cookie"));
        assertTrue(cleared.contains("q_session=;") || cleared.contains("Max-Age=0"), cleared);
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
