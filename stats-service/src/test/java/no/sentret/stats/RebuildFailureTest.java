package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.rebuild.Rebuild;
import no.sentret.stats.rebuild.RebuildState;
import no.sentret.stats.rebuild.RebuildStatus;
import no.sentret.stats.report.AnnualReport;
import org.junit.jupiter.api.Test;

/**
 * A rebuild that cannot go on ends as FAILED, with a reason an administrator can read, and leaves
 * the figures as they were; a new rebuild may then start. The failure is real: a trigger in the
 * real database refuses every write into a generation other than the active one (that is, the
 * rebuild's; the live consumer keeps writing). Before, such a rebuild showed as running for ever.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class RebuildFailureTest {

    static final String REFUSAL = "rebuild refused by RebuildFailureTest";

    @Inject
    AgroalDataSource ds;

    @Inject
    Rebuild rebuild;

    @Test
    void aRebuildTheDatabaseRefusesEndsFailedWithTheReasonAndANewOneMayStart() throws Exception {
        int y = TestData.freshYears(1);
        String code = TestData.codePrefix("RF") + "1";
        EventSender.sendAndAwait(ds, List.of(Events.visitRecorded(UUID.randomUUID(), code, Instant.parse(y + "-09-01T10:00:00Z"))));
        AnnualReport before = Api.annual(y);
        String admin = Api.token("admin");

        RebuildStatus started;
        RebuildStatus failed;
        refuseRebuildWrites();
        try {
            started = start(admin);
            assertEquals(RebuildState.RUNNING, started.state());
            failed = Rebuilds.awaitEnd(admin); // after sentret.stats.stuck-after (3 s) of retrying
        } finally {
            allowRebuildWrites();
        }
        assertEquals(RebuildState.FAILED, failed.state());
        assertNull(failed.rebuildingGeneration(), "no longer shown as running");
        assertEquals(started.activeGeneration(), failed.activeGeneration(), "the active generation is untouched");
        assertNotNull(failed.failedAt());
        String reason = failed.failure();
        assertTrue(reason.contains("P0001") && reason.contains(REFUSAL), reason);
        assertFalse(reason.contains("\n") || reason.contains("Exception") || reason.contains(" at "), "one line, no stack trace: " + reason);
        assertFalse(reason.contains(code), "no client code: " + reason);
        given().auth().oauth2(admin).get("/stats/rebuild").then().statusCode(200)
                .body("state", is("FAILED")).body("failure", is(reason));
        assertEquals(before, Api.annual(y), "the figures still come from the active generation");

        // once the cause is gone, a new rebuild starts and switches over
        assertEquals(RebuildState.RUNNING, start(admin).state());
        RebuildStatus done = Rebuilds.awaitEnd(admin);
        assertEquals(RebuildState.IDLE, done.state(), "rebuilt: " + done.failure());
        assertNull(done.failure());
        assertNotEquals(started.activeGeneration(), done.activeGeneration());
        assertEquals(before, Api.annual(y));
    }

    @Test
    void shuttingDownStopsARunningRebuildAndRecordsWhy() throws Exception {
        String admin = Api.token("admin");
        RebuildStatus started;
        Thread replay;
        refuseRebuildWrites(); // keeps the replay retrying, so that it is still running when the application stops
        try {
            started = start(admin);
            replay = thread("stats-rebuild-" + started.rebuildingGeneration());
            assertTrue(replay.isAlive());
            rebuild.stop(); // what the ShutdownEvent observer calls
        } finally {
            allowRebuildWrites();
        }
        assertFalse(replay.isAlive(), "the replay thread has ended");
        RebuildStatus stopped = Rebuilds.status(admin);
        assertEquals(RebuildState.FAILED, stopped.state());
        assertEquals("stopped: the application shut down before the replay caught up", stopped.failure());
        assertNull(stopped.rebuildingGeneration());
        assertEquals(started.activeGeneration(), stopped.activeGeneration());
    }

    private static RebuildStatus start(String admin) {
        return given().auth().oauth2(admin).post("/stats/rebuild").then().statusCode(202).extract().as(RebuildStatus.class);
    }

    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread " + name));
    }

    private void refuseRebuildWrites() throws Exception {
        execute("""
                create function refuse_rebuild_writes() returns trigger language plpgsql as $$
                begin
                    if new.gen <> (select active_gen from stats_generation where id = 1) then
                        raise exception '%s';
                    end if;
                    return new;
                end $$""".formatted(REFUSAL));
        // on the offsets, which every batch writes (a service event has no processed_event row since issue 19)
        execute("create trigger refuse_rebuild_writes before insert on consumer_offset "
                + "for each row execute function refuse_rebuild_writes()");
    }

    private void allowRebuildWrites() throws Exception {
        execute("drop trigger if exists refuse_rebuild_writes on consumer_offset");
        execute("drop function if exists refuse_rebuild_writes()");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
