package no.sentret.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.sentret.e2e.Gateway;
import no.sentret.e2e.SuiteUnderTest;
import no.sentret.e2e.Tokens;
import no.sentret.e2e.web.Browser;
import no.sentret.infra.suite.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Issue 17, against the suite's real Keycloak: a session cookie captured before a logout is refused after it;
 * an ID token is not a bearer token; a token the realm issued for another audience (valid signature, the
 * realm's issuer, the role) is refused.
 */
@ExtendWith(SuiteUnderTest.class)
class LogoutIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A staff endpoint the session may call (GET, so no CSRF token is needed). */
    private static final String STAFF_READ = "/api/visits/today";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCapturedSessionCookieIsRefusedAfterLogout(Suite suite) throws Exception {
        try (Browser browser = new Browser(suite.gatewayUrl(), 1280, 900)) {
            browser.signIn("staff");
            Set<Cookie> cookies = browser.driver.manage().getCookies();
            String captured = cookies.stream().filter(c -> c.getName().startsWith("q_session"))
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            assertFalse(captured.isEmpty(), "a session cookie after sign-in: " + cookies);

            // the copy works like the browser's own cookie: the session's roles come from its access token
            assertEquals(200, get(suite, "/me", captured).statusCode());
            assertEquals(200, get(suite, STAFF_READ, captured).statusCode());

            browser.driver.get(suite.gatewayUrl() + "/logout");
            browser.waitFor(By.id("username")); // Keycloak's login form again: the session ended there too

            HttpResponse<String> me = get(suite, "/me", captured);
            assertEquals(401, me.statusCode(), me.body());
            HttpResponse<String> api = get(suite, STAFF_READ, captured);
            assertEquals(401, api.statusCode(), api.body());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
    }

    @Test
    void anIdTokenIsNotABearerToken(Gateway gateway, Tokens tokens) {
        String idToken = tokens.idToken("staff");
        assertEquals("ID", Tokens.claims(idToken).path("typ").asText(), "Keycloak's ID token");
        assertEquals(200, gateway.get(STAFF_READ, tokens.user("staff")).status(), "the same user's access token passes");
        Gateway.Reply refused = gateway.get(STAFF_READ, idToken);
        assertEquals(401, refused.status(), refused.body());
        assertEquals(401, refused.json().path("status").asInt());
    }

    /**
     * A client made in the realm without the default scope sentret-api-audience, as an unrelated service's
     * client would be: its service account holds the staff role, its token is signed by the realm and names the
     * realm as issuer, but its aud does not name our API.
     */
    @Test
    void aTokenForAnotherAudienceIsRefused(Suite suite, Gateway gateway, Tokens tokens) throws Exception {
        String clientId = "e2e-other-service-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString();
        RealmAdmin admin = new RealmAdmin(suite.keycloakUrl());
        admin.createServiceClient(clientId, secret, "staff");
        try {
            String token = tokens.clientCredentials(clientId, secret);
            JsonNode claims = Tokens.claims(token);
            assertEquals(suite.issuerUrl(), claims.path("iss").asText());
            assertTrue(claims.path("realm_access").path("roles").toString().contains("\"staff\""), claims.toString());
            assertFalse(claims.path("aud").toString().contains("sentret-api"), claims.toString());

            Gateway.Reply refused = gateway.get(STAFF_READ, token);
            assertEquals(401, refused.status(), refused.body());
            assertEquals(401, refused.json().path("status").asInt());
            // and a client of the suite gets the API's name in its tokens (the realm's default scope)
            assertTrue(Tokens.claims(tokens.user("staff")).path("aud").toString().contains("sentret-api"));
        } finally {
            admin.deleteClient(clientId);
        }
    }

    private HttpResponse<String> get(Suite suite, String path, String cookie) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
                .header("Cookie", cookie).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keycloak's admin API with the suite's dev-only admin (README, "Demo logins"). */
    private final class RealmAdmin {

        private final String base;
        private final String token;

        RealmAdmin(String keycloakUrl) throws IOException, InterruptedException {
            this.base = keycloakUrl + "/admin/realms/sentret";
            String form = "grant_type=password&client_id=admin-cli&username=kc-admin&password="
                    + URLEncoder.encode("kc-admin-dev-password", StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            this.token = JSON.readTree(response.body()).path("access_token").asText();
        }

        void createServiceClient(String clientId, String secret, String role) throws IOException, InterruptedException {
            // its own default scopes: the realm's, less the one naming our API
            String client = JSON.createObjectNode().put("clientId", clientId).put("publicClient", false)
                    .put("secret", secret).put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                    .set("defaultClientScopes", JSON.createArrayNode().add("basic").add("roles").add("profile")).toString();
            expect(201, send("POST", "/clients", client));
            String id = JSON.readTree(send("GET", "/clients?clientId=" + clientId, null).body()).get(0).path("id").asText();
            String user = JSON.readTree(send("GET", "/clients/" + id + "/service-account-user", null).body()).path("id").asText();
            String roleJson = send("GET", "/roles/" + role, null).body();
            expect(204, send("POST", "/users/" + user + "/role-mappings/realm", "[" + roleJson + "]"));
        }

        void deleteClient(String clientId) throws IOException, InterruptedException {
            JsonNode found = JSON.readTree(send("GET", "/clients?clientId=" + clientId, null).body());
            if (found.size() > 0) {
                send("DELETE", "/clients/" + found.get(0).path("id").asText(), null);
            }
        }

        private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
            if (body != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private void expect(int status, HttpResponse<String> response) {
            assertEquals(status, response.statusCode(), response.request().uri() + ": " + response.body());
        }
    }
}
