package no.sentret.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.sentret.infra.suite.App;
import no.sentret.infra.suite.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The suite as {@code ./sentret} starts it: every app ready, Keycloak issuing tokens with the realm's roles. */
@ExtendWith(SuiteUnderTest.class)
class SuiteStartsIT {

    private static final List<String> ROLES = List.of("staff", "clinician", "lawyer", "outreach", "analyst", "municipality", "admin", "kiosk");

    @Test
    void everyAppReportsReadyWithItsDatabaseAndBroker(Suite suite) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (App app : App.values()) {
            // health is on the management interface; the API's port (what the gateway and the ingress reach) has none
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(suite.managementUrl(app) + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> onApiPort = http.send(HttpRequest.newBuilder(URI.create(suite.serviceUrl(app) + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, onApiPort.statusCode(), app.module() + " answers /q/health on its API port");
            assertEquals(200, ready.statusCode(), app.module() + ": " + ready.body());
            if (app != App.GATEWAY) {
                assertTrue(ready.body().contains("Database connections health check"), app.module() + ": " + ready.body());
                assertTrue(ready.body().contains("Kafka connection health check"), app.module() + ": " + ready.body());
            }
        }
    }

    @Test
    void eachDemoUserGetsATokenCarryingExactlyItsRealmRole(Tokens tokens) {
        for (String role : ROLES) {
            JsonNode claims = Tokens.claims(tokens.user(role));
            assertEquals(List.of(role), roles(claims), "realm_access.roles of " + role);
            assertEquals(role, claims.path("preferred_username").asText());
        }
    }

    @Test
    void theMachineClientsGetTokensByClientCredentials(Tokens tokens) {
        JsonNode municipality = Tokens.claims(tokens.municipality());
        assertEquals(List.of("municipality"), roles(municipality));
        assertEquals("sentret-municipality", municipality.path("azp").asText());
        JsonNode kiosk = Tokens.claims(tokens.kiosk());
        assertEquals(List.of("kiosk"), roles(kiosk));
        assertEquals("sentret-kiosk", kiosk.path("azp").asText());
        JsonNode frontDesk = Tokens.claims(tokens.frontDeskIntegration());
        assertEquals(List.of("staff"), roles(frontDesk));
        assertEquals("sentret-frontdesk-integration", frontDesk.path("azp").asText());
    }

    @Test
    void theGatewayRefusesARequestWithoutATokenAsAProblem(Gateway gateway) {
        Gateway.Reply reply = gateway.get("/api/clients", null);
        assertEquals(401, reply.status(), reply.toString());
        assertEquals(401, reply.json().path("status").asInt(), reply.toString());
    }

    @Test
    void theGatewayServesThePublicApiDocumentAndSwaggerUi(Gateway gateway) {
        Gateway.Reply document = gateway.get("/api/openapi", null);
        assertEquals(200, document.status(), document.toString());
        JsonNode paths = document.json().path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertTrue(!names.isEmpty() && names.stream().allMatch(p -> p.startsWith("/api/")), "public /api paths: " + names);
        Gateway.Reply ui = gateway.get("/api/docs", null);
        assertEquals(200, ui.status(), ui.toString());
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }
}
