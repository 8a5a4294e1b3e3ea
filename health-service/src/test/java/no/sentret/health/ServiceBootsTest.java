package no.sentret.health;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.infra.testing.ServiceContractTest;

/** Boots the service against the real PostgreSQL and Kafka broker of this test run; serves the committed contract. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ServiceBootsTest extends ServiceContractTest {

    ServiceBootsTest() {
        super("health-service");
    }
}
