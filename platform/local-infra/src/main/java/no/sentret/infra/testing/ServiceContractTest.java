package no.sentret.infra.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What every service proves about itself: it is ready only with its database and broker, alive, scraped by
 * Prometheus, and it serves exactly the committed contract ({@code openapi/<service>.yaml}). A service's test is one
 * declaration:
 * <pre>
 * &#64;QuarkusTest
 * &#64;WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
 * &#64;WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
 * class ServiceBootsTest extends ServiceContractTest {
 *     ServiceBootsTest() { super("health-service"); }
 * }
 * </pre>
 */
public abstract class ServiceContractTest {

    private final String service;

    /** Quarkus's management interface: health, metrics and the OpenAPI document, on a port of its own (random in tests). */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** The API's own port. */
    @TestHTTPResource("/")
    URL api;

    private RequestSpecification onManagementPort() {
        return given().port(management.getPort());
    }

    protected ServiceContractTest(String service) {
        this.service = service;
    }

    /** Whether the service writes events through the kit's outbox (stats-service only consumes them). */
    protected boolean publishesThroughAnOutbox() {
        return true;
    }

    @Test
    void readyOnlyWithItsDatabaseAndBroker() {
        onManagementPort().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void alive() {
        onManagementPort().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    /**
     * Issue 17: health, metrics and the document answered anyone on the API's port. There they are not
     * found now (the gateway and the ingress route only that port); the management port has them.
     */
    @Test
    void managementEndpointsAreNotOnTheApiPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui"}) {
            int status = given().get(path).then().extract().statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status == 404 || status == 401, path + " on the API port: " + status);
        }
        onManagementPort().get("/q/metrics").then().statusCode(200);
    }

    /**
     * Issue 14: k8s runs several replicas, each migrating at start. Four starting at once on an empty schema must
     * take turns (Flyway's PostgreSQL lock): none fails, every migration is applied once, and the schema is the one
     * a single replica makes.
     */
    @Test
    void replicasStartingTogetherMigrateOnce() throws Exception {
        ReplicaMigrations replicas = new ReplicaMigrations();
        ReplicaMigrations.Outcome outcome = replicas.startTogether(4);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), outcome.failures());
        assertTrue(!outcome.successfulRowsPerVersion().isEmpty(), "no migration ran");
        outcome.successfulRowsPerVersion().forEach((version, rows) ->
                org.junit.jupiter.api.Assertions.assertEquals(1, rows, "migration " + version + " applied " + rows + " times"));
        org.junit.jupiter.api.Assertions.assertEquals(replicas.shapeAlone(), outcome.shape());
    }

    /** Every answer of the API is kept by no browser, proxy or shared device; a refusal's too. */
    @Test
    void apiResponsesAreNeverStored() {
        String served = onManagementPort().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        String path = firstPlainPath(served);
        given().get(path).then().statusCode(401).header("Cache-Control", is("no-store"));
        onManagementPort().get("/q/health/live").then().header("Cache-Control", is("no-store"));
    }

    /** Only an access token is a bearer token: an ID token with every role is refused (issue 17: it was accepted). */
    @Test
    void anIdTokenIsNotABearerToken() {
        String served = onManagementPort().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        String path = firstPlainPath(served);
        java.util.Set<String> everyRole = java.util.Set.of(TestTokens.ROLES);
        String accessToken = TestTokens.accessToken("user-every-role", TestTokens.ROLES);
        String idToken = io.quarkus.test.oidc.server.OidcWiremockTestResource.getIdToken("user-every-role", everyRole);
        given().auth().oauth2(accessToken).get(path).then().statusCode(org.hamcrest.Matchers.not(401));
        given().auth().oauth2(idToken).get(path).then().statusCode(401).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }

    /**
     * Issue 17: only a token issued for our API is accepted. A token the realm gave a client of another
     * service (same issuer, valid signature, an access token, every role) was accepted; its {@code aud} does
     * not name {@code sentret-api}, so it is refused as any stranger's token is.
     */
    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String served = onManagementPort().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        String path = firstPlainPath(served);
        String[] everyRole = TestTokens.ROLES;
        given().auth().oauth2(TestTokens.accessToken("user-every-role", everyRole)).get(path).then()
                .statusCode(org.hamcrest.Matchers.not(401));
        given().auth().oauth2(TestTokens.forAnotherAudience("another-service", "user-every-role", everyRole)).get(path).then()
                .statusCode(401).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }

    /**
     * Prometheus can scrape it: the HTTP metrics name the path template, and the outbox backlog is reported
     * (a service's own test proves its figures after writes, e.g. visit-service ObservabilityTest).
     */
    @Test
    void scrapedByPrometheus() {
        String served = onManagementPort().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        String path = firstPlainPath(served);
        given().get(path).then().statusCode(401);
        PrometheusMetrics metrics = PrometheusMetrics.scrape();
        assertTrue(metrics.value("http_server_requests_seconds_count", java.util.Map.of("uri", path, "status", "401")) >= 1,
                "the refusal counted under " + path);
        if (publishesThroughAnOutbox()) {
            assertTrue(metrics.value("sentret_outbox_backlog_rows") >= 0, "outbox backlog reported");
            assertTrue(metrics.value("sentret_outbox_backlog_oldest_age_seconds") >= 0, "age of the oldest reported");
        }
    }

    /**
     * Issue 17: what Vert.x answers below the JAX-RS resources was a bare status or an HTML page; every answer is
     * problem details naming the part at fault (the kit's sentret-http-edge). Raw bytes over a real connection:
     * an HTTP client library would not send these.
     */
    @Test
    void refusalsBelowTheResourcesAreProblemsNamingThePart() throws java.io.IOException {
        String path = firstPlainPath(onManagementPort().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        raw("GET " + path + "?x=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(414, "uri");
        raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Probe: " + "a".repeat(30_000) + "\r\n\r\n").isProblem(431, "headers");
        raw("GET /no-such-resource HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(404, "uri");
        raw("GET foo HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(404, "request-line");
        raw("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n").isProblem(404, "request-line");
        raw("BREW " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(405, "method");
    }

    /**
     * What Quarkus 3.33 lets no application answer (root README, security): a request Netty's decoder cannot
     * read, or over Netty's own ceiling, goes to Vert.x's default invalid-request handler: a bare status, and the
     * connection closes. Pinned so a change is seen: the status is right, nothing of the request comes back.
     */
    @Test
    void undecodableRequestsGetABareStatusAndTheConnectionCloses() throws java.io.IOException {
        String[][] probes = {
                {"HELLO WORLD FOO\r\n\r\n", "400"},
                {"GET /x HTTP/1.1\r\nHost: localhost\r\nBad Header: kari\r\n\r\n", "400"},
                {"GET /x?from=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n", "414"},
                {"GET /x HTTP/1.1\r\nHost: localhost\r\nX-Probe: " + "a".repeat(50_000) + "\r\n\r\n", "431"}};
        for (String[] probe : probes) {
            RawHttp.Answer answer = raw(probe[0]);
            org.junit.jupiter.api.Assertions.assertEquals(Integer.parseInt(probe[1]), answer.status(), answer.head());
            org.junit.jupiter.api.Assertions.assertEquals("", answer.body(), "nothing of the request comes back");
            assertTrue(answer.closed(), "the connection closes after a request that could not be read");
        }
        // a control character passes Netty but not Quarkus's URI check in its root handler: a bare 400 too
        RawHttp.Answer controlCharacter = raw("GET /vi\u0001sits HTTP/1.1\r\nHost: localhost\r\n\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(400, controlCharacter.status(), controlCharacter.head());
        org.junit.jupiter.api.Assertions.assertEquals("", controlCharacter.body());
    }

    private RawHttp.Answer raw(String request) throws java.io.IOException {
        return RawHttp.send(api.getHost(), api.getPort(), request);
    }

    /** The first GET of the served contract without a path parameter. */
    private static String firstPlainPath(String openApiJson) {
        java.util.Map<String, java.util.Map<String, Object>> paths = io.restassured.path.json.JsonPath.from(openApiJson).getMap("paths");
        return paths.entrySet().stream().filter(e -> !e.getKey().contains("{") && e.getValue().containsKey("get"))
                .map(java.util.Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("the contract has a GET without path parameters"));
    }

    /** A parameter without a type is a string to a generated client whatever the service parses it as. */
    @Test
    void everyParameterSaysItsType() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                onManagementPort().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        java.util.List<String> untyped = new java.util.ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            for (com.fasterxml.jackson.databind.JsonNode parameter : operation.getValue().path("parameters")) {
                com.fasterxml.jackson.databind.JsonNode schema = parameter.path("schema");
                if (!schema.has("type") && !schema.has("$ref") && !schema.has("allOf") && !schema.has("oneOf")) {
                    untyped.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + " " + parameter.path("name").asText());
                }
            }
        }));
        assertTrue(untyped.isEmpty(), "parameters without a type: " + untyped);
    }

    @Test
    void servesTheCommittedContract() {
        String served = onManagementPort().get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(OpenApiContract.compare(service, served));
    }
}
