package no.sentret.infra.suite;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points the browser client {@code sentret-web} of the suite's own (dev-only) Keycloak at the gateway
 * this suite actually runs: its redirect, post-logout redirect and web-origin URIs become exactly
 * {@code <gateway>/*} and {@code <gateway>}, its back-channel logout URL {@code <gateway>/back-channel-logout}.
 *
 * <p>Why here and not in the realm file: Keycloak imports the realm only on its first start and keeps
 * it in its database afterwards, while the gateway's port may change between starts
 * ({@code SENTRET_GATEWAY_PORT}, the tests' free ports). A wildcard redirect ({@code http://localhost:*},
 * {@code *}) would let a login return to any local program and is no pattern for production, whose realm
 * ({@code k8s/}) names its one public address. So the committed realm keeps {@code http://localhost:8080},
 * and the launcher sets the actual address through the admin API of its dev-only Keycloak on every start
 * (replacing, not adding: a stale port of an earlier run is not left allowed). Keycloak applies only the
 * fields sent, so the rest of the client is untouched.
 */
final class WebClientRedirects {

    static final String CLIENT_ID = "sentret-web";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private WebClientRedirects() {
    }

    static void pointAt(String keycloakUrl, String realm, String gatewayUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = match(ACCESS_TOKEN, send(http, HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + URLEncoder.encode(KeycloakServer.ADMIN_USER, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(KeycloakServer.ADMIN_PASSWORD, StandardCharsets.UTF_8)))), "an admin token");
        String clients = keycloakUrl + "/admin/realms/" + realm + "/clients";
        String id = match(ID, send(http, HttpRequest.newBuilder(URI.create(clients + "?clientId=" + CLIENT_ID))
                .header("Authorization", "Bearer " + token).GET()), "the client " + CLIENT_ID);
        String quoted = gatewayUrl.replace("\\", "\\\\").replace("\"", "\\\"");
        String update = "{\"redirectUris\":[\"" + quoted + "/*\"],\"webOrigins\":[\"" + quoted + "\"],"
                + "\"attributes\":{\"post.logout.redirect.uris\":\"" + quoted + "/*\","
                // Keycloak tells the gateway when a session ends elsewhere (issue 17: logout ends it everywhere)
                + "\"backchannel.logout.url\":\"" + quoted + "/back-channel-logout\",\"backchannel.logout.session.required\":\"true\"}}";
        send(http, HttpRequest.newBuilder(URI.create(clients + "/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(update)));
    }

    private static String match(Pattern pattern, String body, String what) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new SuiteException("Keycloak's admin API did not give " + what);
        }
        return m.group(1);
    }

    private static String send(HttpClient http, HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SuiteException("Keycloak's admin API refused " + built.method() + " " + built.uri().getPath()
                        + ": HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new SuiteException("could not set " + CLIENT_ID + "'s redirect URIs in Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted while setting " + CLIENT_ID + "'s redirect URIs");
        }
    }
}
