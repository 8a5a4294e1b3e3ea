package no.sentret.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.sentret.gateway.GatewayConfig;
import no.sentret.gateway.privacy.PrivacyGateway;
import no.sentret.infra.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi/sentret-api.yaml} is the merge of the services' committed documents through the
 * configured routes; it drifts when a service's document or the route table changes. Regenerate with
 * {@code mvn -pl gateway test -Dtest=PublicApiDocumentTest -Dsentret.openapi.update=true}.
 */
@QuarkusTest
class PublicApiDocumentTest {

    static final String NAME = "sentret-api";
    /** the gateway's own endpoints (its privacy requests), merged into the public document with the services' */
    static final Path GATEWAY_OWN = Path.of("src/main/openapi/privacy.yaml");

    @Inject
    GatewayConfig config;

    @Test
    void committedDocumentIsTheMergeOfTheServicesDocuments() throws IOException {
        List<OpenApiMerger.ServiceDocument> services = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Route> route : new TreeMap<>(config.routes()).entrySet()) {
            if (route.getValue().openapi().isEmpty()) {
                continue;
            }
            Path committed = OpenApiContract.committedPath(route.getValue().openapi().get());
            assertTrue(Files.exists(committed), committed + " is missing");
            services.add(new OpenApiMerger.ServiceDocument(route.getKey(), route.getValue().prefixes(),
                    route.getValue().stripPrefix(), OpenApiMerger.parse(Files.readString(committed))));
        }
        // the gateway's own endpoints, documented by hand beside the code that answers them
        services.add(new OpenApiMerger.ServiceDocument("privacy", List.of(PrivacyGateway.PREFIX), "", gatewayOwn()));
        String merged = OpenApiMerger.toYaml(OpenApiMerger.merge(services));
        if (Boolean.getBoolean("sentret.openapi.update")) {
            // written as merged: OpenApiContract's own update would normalise the OIDC provider's port away
            Files.writeString(OpenApiContract.committedPath(NAME), merged);
        } else {
            assertNull(OpenApiContract.compare(NAME, merged));
        }
    }

    /** The gateway's own endpoints: PrivacyGateway answers exactly the paths its document names, no more, no fewer. */
    @Test
    void theGatewaysOwnEndpointsAreDocumentedExactly() throws IOException {
        List<String> documented = new ArrayList<>();
        gatewayOwn().path("paths").fieldNames().forEachRemaining(documented::add);
        assertEquals(new TreeSet<>(PrivacyGateway.PATHS), new TreeSet<>(documented), GATEWAY_OWN + " against PrivacyGateway.PATHS");
        JsonNode published = OpenApiMerger.parse(Files.readString(OpenApiContract.committedPath(NAME))).path("paths");
        for (String path : PrivacyGateway.PATHS) {
            JsonNode get = published.path(path).path("get");
            assertEquals("[\"admin\"]", get.path("x-roles").toString(), path + " is published, for admin alone: " + get);
        }
    }

    private static JsonNode gatewayOwn() throws IOException {
        return OpenApiMerger.parse(Files.readString(GATEWAY_OWN));
    }

    @Test
    void committedDocumentIsValidOpenApi3() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readContents(Files.readString(OpenApiContract.committedPath(NAME)), null, options);
        assertNotNull(result.getOpenAPI(), "not parsed: " + result.getMessages());
        assertEquals(List.of(), result.getMessages());
        assertNotNull(result.getOpenAPI().getComponents().getSecuritySchemes().get("oidc"), "the oidc security scheme");
        result.getOpenAPI().getPaths().keySet().forEach(path -> assertTrue(path.startsWith("/api/"), path));
    }

    @Test
    void servedAtApiOpenapiAsYamlAndJsonNamingThisGatewayAndItsProvider() throws IOException {
        JsonNode committed = OpenApiMerger.parse(Files.readString(OpenApiContract.committedPath(NAME)));
        String yaml = given().get("/api/openapi").then().statusCode(200)
                .contentType(containsString("yaml")).extract().asString();
        JsonNode served = OpenApiMerger.parse(yaml);
        String json = given().get("/api/openapi?format=json").then().statusCode(200)
                .contentType(containsString("json")).extract().asString();
        assertEquals(served, new ObjectMapper().readTree(json));

        String issuer = config.publicApi().oidcIssuer().replaceAll("/+$", "");
        assertEquals("http://localhost:" + RestAssured.port, served.at("/servers/0/url").asText(),
                "the server is the gateway the document was fetched from");
        assertEquals(issuer + "/.well-known/openid-configuration",
                served.at("/components/securitySchemes/oidc/openIdConnectUrl").asText());
        assertEquals(issuer + "/protocol/openid-connect/token",
                served.at("/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl").asText());
        assertEquals(OpenApiMerger.SERVER_URL, committed.at("/servers/0/url").asText());
        assertTrue(committed.at("/components/securitySchemes/oidc/openIdConnectUrl").asText().startsWith(OpenApiMerger.OIDC_ISSUER));

        // apart from where the gateway and its provider are, the served document is the committed one
        ((ObjectNode) served).set("servers", committed.get("servers"));
        ((ObjectNode) served.get("components"))
                .set("securitySchemes", committed.at("/components/securitySchemes"));
        assertEquals(committed, served);
    }

    @Test
    void everyOperationHasAnIdASummaryADescriptionAndItsGatewayErrors() throws IOException {
        JsonNode committed = OpenApiMerger.parse(Files.readString(OpenApiContract.committedPath(NAME)));
        committed.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String where = operation.getKey() + " " + path.getKey();
            JsonNode op = operation.getValue();
            assertTrue(op.path("operationId").isTextual(), where + " has an operationId");
            assertTrue(op.path("summary").isTextual(), where + " has a summary");
            assertTrue(op.path("description").isTextual(), where + " has a description");
            for (String status : List.of("429", "502", "503", "504")) {
                assertTrue(op.path("responses").has(status), where + " declares the gateway's " + status);
            }
            if (op.has("security")) {
                assertTrue(op.path("x-roles").isArray() && op.path("x-roles").size() > 0, where + " names its roles in x-roles");
                op.path("security").forEach(requirement -> requirement.fields().forEachRemaining(scheme ->
                        assertEquals(0, scheme.getValue().size(), where + ": roles are not scopes")));
            }
        }));
    }

    @Test
    void swaggerUiAtApiDocsWithoutSignIn() {
        given().redirects().follow(true).get("/api/docs/").then()
                .statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void clashingSchemasAreRenamedPerServiceAndIdenticalOnesKeptOnce() {
        JsonNode a = OpenApiMerger.parse("""
                openapi: 3.1.0
                paths:
                  /visits:
                    get:
                      operationId: list
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Item'}
                  /internal/x:
                    get: {responses: {"200": {description: ok}}}
                components:
                  schemas:
                    Item: {type: object, properties: {id: {type: string}}}
                    Problem: {type: object}
                """);
        JsonNode b = OpenApiMerger.parse("""
                openapi: 3.1.0
                paths:
                  /stats:
                    get:
                      operationId: list
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Item'}
                components:
                  schemas:
                    Item: {type: object, properties: {month: {type: integer}}}
                    Problem: {type: object}
                """);
        JsonNode merged = OpenApiMerger.merge(List.of(
                new OpenApiMerger.ServiceDocument("visit", List.of("/api/visits"), "/api", a),
                new OpenApiMerger.ServiceDocument("stats", List.of("/api/stats"), "/api", b)));
        JsonNode schemas = merged.path("components").path("schemas");
        assertTrue(schemas.has("VisitItem") && schemas.has("StatsItem") && schemas.has("Problem"), schemas.toString());
        assertEquals(3, schemas.size());
        assertEquals("#/components/schemas/VisitItem", merged.at("/paths/~1api~1visits/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/StatsItem", merged.at("/paths/~1api~1stats/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("statsList", merged.at("/paths/~1api~1stats/get/operationId").asText());
        assertTrue(merged.at("/paths/~1api~1internal~1x").isMissingNode(), "a path no route exposes stays out");
    }
}
