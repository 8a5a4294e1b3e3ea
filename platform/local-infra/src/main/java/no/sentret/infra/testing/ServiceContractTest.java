package no.sentret.infra.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    protected ServiceContractTest(String service) {
        this.service = service;
    }

    @Test
    void readyOnlyWithItsDatabaseAndBroker() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void alive() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    /** Every answer of the API is kept by no browser, proxy or shared device; a refusal's too. */
    @Test
    void apiResponsesAreNeverStored() {
        String served = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        String path = firstPlainPath(served);
        given().get(path).then().statusCode(401).header("Cache-Control", is("no-store"));
        given().get("/q/health/live").then().header("Cache-Control", is("no-store"));
    }

    /**
     * Prometheus can scrape it: the HTTP metrics name the path template, and the outbox backlog is reported
     * (a service's own test proves its figures after writes, e.g. visit-service ObservabilityTest).
     */
    @Test
    void scrapedByPrometheus() {
        String served = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        String path = firstPlainPath(served);
        given().get(path).then().statusCode(401);
        PrometheusMetrics metrics = PrometheusMetrics.scrape();
        assertTrue(metrics.value("http_server_requests_seconds_count", java.util.Map.of("uri", path, "status", "401")) >= 1,
                "the refusal counted under " + path);
        assertTrue(metrics.value("sentret_outbox_backlog_rows") >= 0, "outbox backlog reported");
        assertTrue(metrics.value("sentret_outbox_backlog_oldest_age_seconds") >= 0, "age of the oldest reported");
    }

    /** The first GET of the served contract without a path parameter. */
    private static String firstPlainPath(String openApiJson) {
        java.util.Map<String, java.util.Map<String, Object>> paths = io.restassured.path.json.JsonPath.from(openApiJson).getMap("paths");
        return paths.entrySet().stream().filter(e -> !e.getKey().contains("{") && e.getValue().containsKey("get"))
                .map(java.util.Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("the contract has a GET without path parameters"));
    }

    @Test
    void servesTheCommittedContract() {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(OpenApiContract.compare(service, served));
    }
}
