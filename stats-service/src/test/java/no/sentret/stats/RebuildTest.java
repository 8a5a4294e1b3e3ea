package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.rebuild.RebuildStatus;
import no.sentret.stats.report.AnnualReport;
import org.junit.jupiter.api.Test;

/** Replaying every topic into a fresh generation gives the figures counted incrementally (2015 and the years of the other tests; 2002 for events during and after the rebuild). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class RebuildTest {

    static final List<Integer> YEARS = List.of(2003, 2005, 2007, 2008, 2009, 2010, 2015, 2016, 2017, 2019);

    @Inject
    AgroalDataSource ds;

    @Test
    void aRebuildEqualsTheIncrementalFiguresAndTheConsumerCarriesOnAfterIt() throws Exception {
        GeneratedYear g = new GeneratedYear("R15-", 2015, 120, 1200, 10, 100, 2015L);
        EventSender.sendAndAwait(ds, g.first);
        EventSender.sendAndAwait(ds, g.then);
        List<AnnualReport> before = new ArrayList<>();
        for (int y : YEARS) {
            before.add(Api.annual(y));
        }
        assertEquals(g.expected(), before.get(YEARS.indexOf(2015)));

        String admin = Api.token("admin");
        RebuildStatus started = given().auth().oauth2(admin).post("/stats/rebuild").then().statusCode(202)
                .extract().as(RebuildStatus.class);
        // events keep arriving during the rebuild
        EventSender.send(List.of(Events.visitRecorded(UUID.randomUUID(), "R02-1", Instant.parse("2002-05-05T10:00:00Z"))));
        RebuildStatus done = started;
        for (int i = 0; i < 600 && done.rebuildingGeneration() != null; i++) {
            Thread.sleep(100);
            done = given().auth().oauth2(admin).get("/stats/rebuild").then().statusCode(200).extract().as(RebuildStatus.class);
        }
        assertEquals(null, done.rebuildingGeneration(), "the rebuild finished");
        assertNotEquals(started.activeGeneration(), done.activeGeneration());

        // the live consumer continues in the new generation
        EventSender.sendAndAwait(ds, List.of(Events.visitRecorded(UUID.randomUUID(), "R02-2", Instant.parse("2002-06-05T10:00:00Z"))));
        for (int i = 0; i < YEARS.size(); i++) {
            assertEquals(before.get(i), Api.annual(YEARS.get(i)), "year " + YEARS.get(i));
        }
        AnnualReport y2002 = Api.annual(2002);
        assertEquals(2, y2002.uniqueUsers(), "the event sent during the rebuild and the one after it");
        assertEquals(2, y2002.servicesGiven());
    }
}
