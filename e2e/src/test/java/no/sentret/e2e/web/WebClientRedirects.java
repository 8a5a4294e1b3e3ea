package no.sentret.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import no.sentret.infra.suite.Suite;

/**
 * The committed realm lets the browser client {@code sentret-web} come back only to
 * {@code http://localhost:8080}; the test suite's gateway listens on a free port. This adds that
 * address to the client's redirect and post-logout URIs through Keycloak's admin API (the dev-only
 * admin of the suite's own Keycloak), as an operator would for another gateway address.
 */
final class WebClientRedirects {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebClientRedirects() {
    }

    static synchronized void allow(Suite suite) {
        String gateway = suite.gatewayUrl();
        String admin = suite.keycloakUrl() + "/admin/realms/sentret/clients";
        String token = adminToken(suite);
        JsonNode client = send(HttpRequest.newBuilder(URI.create(admin + "?clientId=sentret-web")).GET(), token).get(0);
        ObjectNode updated = (ObjectNode) client;
        ArrayNode redirects = (ArrayNode) updated.withArray("redirectUris");
        if (!redirects.toString().contains(gateway + "/*")) {
            redirects.add(gateway + "/*");
            ((ArrayNode) updated.withArray("webOrigins")).add(gateway);
            ObjectNode attributes = (ObjectNode) updated.with("attributes");
            String logout = attributes.path("post.logout.redirect.uris").asText("");
            attributes.put("post.logout.redirect.uris", (logout.isEmpty() ? "" : logout + "##") + gateway + "/*");
            send(HttpRequest.newBuilder(URI.create(admin + "/" + client.path("id").asText()))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(updated.toString())), token);
        }
    }

    private static String adminToken(Suite suite) {
        String form = "grant_type=password&client_id=admin-cli&username=kc-admin&password="
                + URLEncoder.encode("kc-admin-dev-password", StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(suite.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return call(request).path("access_token").asText();
    }

    private static JsonNode send(HttpRequest.Builder request, String token) {
        return call(request.header("Authorization", "Bearer " + token).build());
    }

    private static JsonNode call(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError("Keycloak admin API " + request.method() + " " + request.uri() + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
