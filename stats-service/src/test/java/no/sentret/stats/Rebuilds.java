package no.sentret.stats;

import static io.restassured.RestAssured.given;

import no.sentret.stats.rebuild.RebuildState;
import no.sentret.stats.rebuild.RebuildStatus;

/** Starts and watches rebuilds over HTTP, as an administrator would. */
final class Rebuilds {

    private Rebuilds() {
    }

    static RebuildStatus status(String adminToken) {
        return given().auth().oauth2(adminToken).get("/stats/rebuild").then().statusCode(200).extract().as(RebuildStatus.class);
    }

    /** @return the status once the rebuild is no longer RUNNING (fails after 60 s) */
    static RebuildStatus awaitEnd(String adminToken) throws InterruptedException {
        RebuildStatus s = status(adminToken);
        for (int i = 0; i < 600 && s.state() == RebuildState.RUNNING; i++) {
            Thread.sleep(100);
            s = status(adminToken);
        }
        if (s.state() == RebuildState.RUNNING) {
            throw new AssertionError("the rebuild of generation " + s.rebuildingGeneration() + " still runs after 60 s");
        }
        return s;
    }
}
