package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.sentret.infra.testing.OpenApiContract;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;

/** Boots the service against the real PostgreSQL and Kafka broker of this test run. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ServiceBootsTest {

    /** Health and the OpenAPI document are on Quarkus's management interface, a port of its own. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    @Test
    void readyOnlyWithItsDatabaseAndBroker() {
        given().port(management.getPort()).get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void alive() {
        given().port(management.getPort()).get("/q/health/live").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItems("stats consumer"));
    }

    @Test
    void servesTheCommittedContract() {
        String served = given().port(management.getPort()).get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(OpenApiContract.compare("stats-service", served));
    }
}
