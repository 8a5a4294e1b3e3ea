package no.sentret.visit.invitations;

import static no.sentret.visit.Api.admin;
import static no.sentret.visit.Api.staff;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.sentret.infra.testing.TopicWriter;
import no.sentret.visit.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The health team's neutral flag reaches the front desk over the real health-events topic: the
 * client's record says "please ask to see the health team" (and nothing else) until it is cleared,
 * and a flag raised under a code that is later merged shows on the survivor.
 */
@QuarkusTest
class HealthInvitationTest {

    private static TopicWriter healthEvents;

    @BeforeAll
    static void open() {
        healthEvents = new TopicWriter("health-events");
    }

    @AfterAll
    static void close() {
        healthEvents.close();
    }

    @Test
    void theFlagShowsUntilTheClinicianClearsIt() {
        String code = Api.newClient();
        assertFalse(flag(code), "no flag before the health team asks");
        healthEvents.send("HealthTeamInvitationRequested", "health-service", code, Instant.now(), Map.of("clientCode", code));
        awaitFlag(code, true);
        // a consultation on the same topic is none of the desk's business: skipped, the flag stays
        healthEvents.send("HealthServiceRecorded", "health-service", code, Instant.now(),
                Map.of("id", java.util.UUID.randomUUID().toString(), "clientCode", code, "category", "PEP"));
        healthEvents.send("HealthTeamInvitationCleared", "health-service", code, Instant.now(), Map.of("clientCode", code));
        awaitFlag(code, false);
    }

    @Test
    void recordsPublishedBeforeTheTypeHeaderAreReadByTheirEnvelope() {
        String code = Api.newClient();
        healthEvents.sendWithoutTypeHeader("HealthTeamInvitationRequested", "health-service", code, Instant.now(), Map.of("clientCode", code));
        awaitFlag(code, true);
        healthEvents.sendWithoutTypeHeader("HealthTeamInvitationCleared", "health-service", code, Instant.now(), Map.of("clientCode", code));
        awaitFlag(code, false);
    }

    @Test
    void aFlagRaisedUnderAMergedCodeShowsOnTheSurvivor() {
        String duplicate = Api.newClient();
        String survivor = Api.newClient();
        healthEvents.send("HealthTeamInvitationRequested", "health-service", duplicate, Instant.now(), Map.of("clientCode", duplicate));
        awaitFlag(duplicate, true);
        admin().body("{\"survivingCode\":\"" + survivor + "\"}").post("/clients/" + duplicate + "/merge").then().statusCode(200);
        awaitFlag(survivor, true);
    }

    private static boolean flag(String code) {
        return staff().get("/clients/" + code).then().statusCode(200).extract().path("askToSeeHealthTeam");
    }

    private static void awaitFlag(String code, boolean expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (flag(code) != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(code + ": askToSeeHealthTeam did not become " + expected + " within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
