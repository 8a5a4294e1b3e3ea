package no.sentret.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import no.sentret.infra.suite.Suite;

/**
 * Access tokens issued by the suite's Keycloak, the way real callers get them: the password grant
 * (dev-only client {@code sentret-e2e}) for the demo users, client credentials for the municipality's
 * integration, the feedback kiosk and an integrator's front-desk system.
 */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Suite suite;

    Tokens(Suite suite) {
        this.suite = suite;
    }

    /** A demo user's token: user name = role name, password {@code <role>-dev-password}. */
    public String user(String username) {
        return request(Map.of("grant_type", "password", "client_id", "sentret-e2e",
                "username", username, "password", username + "-dev-password"));
    }

    /**
     * A demo user's ID token (the password grant with scope {@code openid}): what Keycloak hands a client for its
     * own use, never a bearer token for the API.
     */
    public String idToken(String username) {
        return response(Map.of("grant_type", "password", "client_id", "sentret-e2e", "scope", "openid",
                "username", username, "password", username + "-dev-password")).path("id_token").asText();
    }

    /** A client-credentials token of any client (e.g. one a test made in the realm). */
    public String clientCredentials(String clientId, String secret) {
        return response(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .path("access_token").asText();
    }

    public String municipality() {
        return client("sentret-municipality");
    }

    public String kiosk() {
        return client("sentret-kiosk");
    }

    /** An integrator's front-desk system (role staff): registers clients and records visits without a person's login. */
    public String frontDeskIntegration() {
        return client("sentret-frontdesk-integration");
    }

    private String client(String clientId) {
        return request(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", suite.clientSecret(clientId)));
    }

    /** The claims of a token (no signature check: the services do that; this is for assertions). */
    public static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String request(Map<String, String> form) {
        return response(form).path("access_token").asText();
    }

    private JsonNode response(Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(suite.tokenUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("Keycloak refused a token for " + form.get("client_id") + "/" + form.get("username")
                        + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
