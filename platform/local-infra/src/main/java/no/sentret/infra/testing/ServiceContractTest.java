package no.sentret.infra.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * What every service proves about itself: it is ready only with its database and broker, alive, and
 * it serves exactly the committed contract ({@code openapi/<service>.yaml}). A service's test is one
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

    @Test
    void servesTheCommittedContract() {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(OpenApiContract.compare(service, served));
    }
}
