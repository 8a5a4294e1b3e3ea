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

    /** Issue 14: replicas starting together migrate one after the other (the kit's check, as the other services'). */
    @Test
    void replicasStartingTogetherMigrateOnce() throws Exception {
        no.sentret.infra.testing.ReplicaMigrations replicas = new no.sentret.infra.testing.ReplicaMigrations();
        no.sentret.infra.testing.ReplicaMigrations.Outcome outcome = replicas.startTogether(4);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), outcome.failures());
        org.junit.jupiter.api.Assertions.assertFalse(outcome.successfulRowsPerVersion().isEmpty(), "no migration ran");
        outcome.successfulRowsPerVersion().forEach((version, rows) ->
                org.junit.jupiter.api.Assertions.assertEquals(1, rows, "migration " + version + " applied " + rows + " times"));
        org.junit.jupiter.api.Assertions.assertEquals(replicas.shapeAlone(), outcome.shape());
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
