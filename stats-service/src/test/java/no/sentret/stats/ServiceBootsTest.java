package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.infra.testing.ServiceContractTest;
import org.junit.jupiter.api.Test;

/**
 * Boots the service against the real PostgreSQL and Kafka broker of this test run, and proves what every service
 * proves about itself (the kit's {@link ServiceContractTest}: readiness, the management port, no stored answers,
 * only access tokens for our API, Prometheus, the edge's problems, the committed contract). Stats-service had its
 * own copy of the first few until the tenth session and so missed the issue-17 checks the others ran.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ServiceBootsTest extends ServiceContractTest {

    /** Health is on Quarkus's management interface, a port of its own. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL managementPort;

    ServiceBootsTest() {
        super("stats-service");
    }

    /** It consumes events and writes no outbox of its own. */
    @Override
    protected boolean publishesThroughAnOutbox() {
        return false;
    }

    /** Liveness includes the consumer's own check: a consumer thread that died makes the pod restart. */
    @Test
    void aliveWithItsConsumer() {
        given().port(managementPort.getPort()).get("/q/health/live").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItems("stats consumer"));
    }
}
