package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.rebuild.RebuildState;
import no.sentret.stats.rebuild.RebuildStatus;
import no.sentret.stats.report.AnnualReport;
import org.junit.jupiter.api.Test;

/**
 * Replaying every topic into a fresh generation gives the figures counted incrementally: a generated
 * year of this test's own (voids, merges, feedback) reads the same before and after, and the live
 * consumer carries on in the new generation.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class RebuildTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void aRebuildEqualsTheIncrementalFiguresAndTheConsumerCarriesOnAfterIt() throws Exception {
        // the generated services spill into the years before and after: three years of its own
        int y = TestData.freshYears(3) + 1;
        List<Integer> years = List.of(y - 1, y, y + 1);
        int during = TestData.freshYears(1);
        String p = TestData.codePrefix("R");
        GeneratedYear g = new GeneratedYear(p + "G", y, 120, 1200, 10, 100, 2015L);
        EventSender.sendAndAwait(ds, g.first);
        EventSender.sendAndAwait(ds, g.then);
        List<AnnualReport> before = new ArrayList<>();
        for (int year : years) {
            before.add(Api.annual(year));
        }
        assertEquals(g.expected(), before.get(1));

        String admin = Api.token("admin");
        RebuildStatus started = given().auth().oauth2(admin).post("/stats/rebuild").then().statusCode(202)
                .extract().as(RebuildStatus.class);
        assertEquals(RebuildState.RUNNING, started.state());
        // events keep arriving during the rebuild
        EventSender.send(List.of(Events.visitRecorded(UUID.randomUUID(), p + "1", Instant.parse(during + "-05-05T10:00:00Z"))));
        RebuildStatus done = Rebuilds.awaitEnd(admin);
        assertEquals(RebuildState.IDLE, done.state(), "the rebuild finished: " + done.failure());
        assertNull(done.rebuildingGeneration());
        assertNull(done.failure());
        assertNotEquals(started.activeGeneration(), done.activeGeneration());

        // the live consumer continues in the new generation
        EventSender.sendAndAwait(ds, List.of(Events.visitRecorded(UUID.randomUUID(), p + "2", Instant.parse(during + "-06-05T10:00:00Z"))));
        for (int i = 0; i < years.size(); i++) {
            assertEquals(before.get(i), Api.annual(years.get(i)), "year " + years.get(i));
        }
        AnnualReport duringRebuild = Api.annual(during);
        assertEquals(2, duringRebuild.uniqueUsers(), "the event sent during the rebuild and the one after it");
        assertEquals(2, duringRebuild.servicesGiven());
    }
}
