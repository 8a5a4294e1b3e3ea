package no.sentret.health.campaigns;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.daysAgo;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.prep;
import static no.sentret.health.Clinic.vaccination;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.sentret.health.Clinic;
import no.sentret.infra.testing.TopicWriter;
import org.junit.jupiter.api.Test;

/** Campaign eligibility on prepared data, contact attempts and progress. */
@QuarkusTest
class CampaignsTest {

    @Test
    void healthConsultationRuleContactsAndProgress() {
        String seen = newClient();
        consult(seen, daysAgo(30), COUNSELLING);
        String fullyVaccinated = newClient();
        consult(fullyVaccinated, daysAgo(60), vaccination("MPOX", 1));
        consult(fullyVaccinated, daysAgo(30), vaccination("MPOX", 2));
        String longAgo = newClient();
        consult(longAgo, daysAgo(400), COUNSELLING);
        String oneDose = newClient();
        consult(oneDose, daysAgo(30), vaccination("MPOX", 1));
        String voided = newClient();
        JsonPath v = consult(voided, daysAgo(30), COUNSELLING);
        clinician().body("{\"reason\":\"wrong client\"}").post("/health/consultations/" + v.getString("id") + "/void").then().statusCode(200);
        String survivor = newClient();
        String duplicate = newClient();
        consult(duplicate, daysAgo(20), COUNSELLING);
        Clinic.merge(duplicate, survivor);
        Set<String> mine = Set.of(seen, fullyVaccinated, longAgo, oneDose, voided, survivor, duplicate);

        String campaign = define("{\"vaccine\":\"MPOX\",\"rule\":\"HEALTH_CONSULTATION_LAST_12_MONTHS\",\"title\":\"mpox 2022\"}");
        Map<String, Map<String, Object>> listed = listed(campaign, mine);
        assertEquals(Set.of(seen, oneDose, survivor), listed.keySet());
        assertEquals(1, listed.get(oneDose).get("doses"));
        assertNull(listed.get(seen).get("lastContact"));

        contact(campaign, seen, "MESSAGE", "NOT_REACHED");
        contact(campaign, seen.toLowerCase(), "AT_CENTRE", "VACCINATED");
        contact(campaign, longAgo, "OUTREACH", "VACCINATED_ELSEWHERE");
        clinician().body("{\"clientCode\":\"ZZZZZZZZZZ\",\"channel\":\"AT_CENTRE\",\"outcome\":\"DECLINED\"}")
                .post("/health/campaigns/" + campaign + "/contacts").then().statusCode(422).body("errors[0].field", is("clientCode"));
        clinician().body("{\"clientCode\":\"" + seen + "\",\"channel\":\"PIGEON\",\"outcome\":\"DECLINED\"}")
                .post("/health/campaigns/" + campaign + "/contacts").then().statusCode(400).body("errors[0].field", is("channel"));

        listed = listed(campaign, mine);
        assertEquals(Set.of(seen, oneDose, survivor, longAgo), listed.keySet(), "a contacted client stays on the list");
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) listed.get(seen).get("lastContact");
        assertEquals("VACCINATED", last.get("outcome"));
        assertEquals("AT_CENTRE", last.get("channel"));

        JsonPath progress = clinician().get("/health/campaigns/" + campaign + "/progress").then().statusCode(200).extract().jsonPath();
        int all = clinician().get("/health/campaigns/" + campaign + "/eligible").then().extract().jsonPath().getList("items").size();
        assertEquals(all, progress.getInt("listed"));
        assertEquals(2, progress.getInt("contacted"));
        assertEquals(all - 2, progress.getInt("notContacted"));
        assertEquals(1, progress.getInt("byOutcome.VACCINATED"));
        assertEquals(1, progress.getInt("byOutcome.VACCINATED_ELSEWHERE"));
        assertEquals(0, progress.getInt("byOutcome.NOT_REACHED"), "counted by the latest contact");
        assertEquals(3, progress.getInt("contactAttempts"));

        clinician().get("/health/campaigns").then().statusCode(200);
        List<String> ids = clinician().get("/health/campaigns").then().extract().jsonPath().getList("items.id");
        assertEquals(campaign, ids.get(0), "newest first");
        clinician().get("/health/campaigns/" + UUID.randomUUID() + "/eligible").then().statusCode(404);
        clinician().body("{\"vaccine\":\"MPOX\",\"rule\":\"EVERYONE\"}").post("/health/campaigns").then().statusCode(400)
                .body("errors[0].field", is("rule"));
    }

    @Test
    void onPrepRule() {
        String onPrep = newClient();
        consult(onPrep, daysAgo(10), prep("START"));
        String stopped = newClient();
        consult(stopped, daysAgo(100), prep("START"));
        consult(stopped, daysAgo(10), "{\"category\":\"PREP\",\"prepStage\":\"STOP\"}");
        String assessedOnly = newClient();
        consult(assessedOnly, daysAgo(10), prep("ASSESSMENT"));
        String campaign = define("{\"vaccine\":\"HEPATITIS_B\",\"rule\":\"ON_PREP\"}");
        assertEquals(Set.of(onPrep), listed(campaign, Set.of(onPrep, stopped, assessedOnly)).keySet());
    }

    @Test
    void seenAtTheCentreRuleUsesTheDirectory() {
        String visitedStua = newClient();
        String neverSeen = newClient();
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitEvents.send("VisitRecorded", "visit-service", visitedStua, Instant.parse(daysAgo(40)), Map.of("id", UUID.randomUUID().toString(),
                    "clientCode", visitedStua, "occurredAt", daysAgo(40), "activities", List.of("MEAL")));
        }
        String campaign = define("{\"vaccine\":\"MPOX\",\"rule\":\"SEEN_LAST_12_MONTHS\"}");
        long deadline = System.currentTimeMillis() + 30_000;
        while (!listed(campaign, Set.of(visitedStua)).containsKey(visitedStua) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(Set.of(visitedStua), listed(campaign, Set.of(visitedStua, neverSeen)).keySet());
    }

    @Test
    void seenAtTheCentreMeansInTheLast12Months() {
        String elevenMonthsAgo = newClient();
        String thirteenMonthsAgo = newClient();
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitedStua(visitEvents, elevenMonthsAgo, daysAgo(335));
            visitedStua(visitEvents, thirteenMonthsAgo, daysAgo(380));
        }
        String campaign = define("{\"vaccine\":\"MPOX\",\"rule\":\"SEEN_LAST_12_MONTHS\"}");
        assertEquals(Set.of(elevenMonthsAgo), listed(campaign, Set.of(elevenMonthsAgo, thirteenMonthsAgo)).keySet(),
                "a client last seen 13 months ago is not eligible, one seen 11 months ago is");
    }

    @Test
    void seenAtTheCentreButFullyVaccinatedIsNotEligible() {
        // the doses were given over a year ago, so only the Stua visit selects these clients (no health consultation in the window)
        String fullyVaccinated = newClient();
        consult(fullyVaccinated, daysAgo(430), vaccination("MPOX", 1));
        consult(fullyVaccinated, daysAgo(400), vaccination("MPOX", 2));
        String firstDoseOnly = newClient();
        consult(firstDoseOnly, daysAgo(400), vaccination("MPOX", 1));
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitedStua(visitEvents, fullyVaccinated, daysAgo(20));
            visitedStua(visitEvents, firstDoseOnly, daysAgo(20));
        }
        String campaign = define("{\"vaccine\":\"MPOX\",\"rule\":\"SEEN_LAST_12_MONTHS\"}");
        Map<String, Map<String, Object>> listed = listed(campaign, Set.of(fullyVaccinated, firstDoseOnly));
        assertEquals(Set.of(firstDoseOnly), listed.keySet(), "MPOX's full course is 2 standing doses: 2 leaves the list, 1 stays on it");
        assertEquals(1, listed.get(firstDoseOnly).get("doses"));
    }

    @Test
    void aRecordedLastDoseCompletesTheCourseWhereverTheFirstWasGiven() {
        // the first dose was given elsewhere (a hospital's clinic): the clinic records the second as dose 2
        String secondDoseHere = newClient();
        consult(secondDoseHere, daysAgo(40), vaccination("MPOX", 2));
        // dose 1 recorded twice (a correction not voided) is still one dose of the course: stays eligible
        String firstDoseTwice = newClient();
        consult(firstDoseTwice, daysAgo(50), vaccination("MPOX", 1));
        consult(firstDoseTwice, daysAgo(45), vaccination("MPOX", 1));
        String campaign = define("{\"vaccine\":\"MPOX\",\"rule\":\"HEALTH_CONSULTATION_LAST_12_MONTHS\"}");
        Map<String, Map<String, Object>> listed = listed(campaign, Set.of(secondDoseHere, firstDoseTwice));
        assertEquals(Set.of(firstDoseTwice), listed.keySet(), "a standing dose 2 of MPOX completes its course of 2");
        assertEquals(2, listed.get(firstDoseTwice).get("doses"), "the doses given here, as recorded");
    }

    @Test
    void seenUnderACodeMergedSinceCountsForTheSurvivor() {
        // the Stua visit was registered under the duplicate; visit-service moves no "last seen" when it merges the two
        String survivor = newClient();
        String duplicate = newClient();
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitedStua(visitEvents, duplicate, daysAgo(20));
        }
        Clinic.merge(duplicate, survivor);
        String campaign = define("{\"vaccine\":\"MPOX\",\"rule\":\"SEEN_LAST_12_MONTHS\"}");
        assertEquals(Set.of(survivor), listed(campaign, Set.of(survivor, duplicate)).keySet(),
                "the client was seen 20 days ago: eligible, under the code the clinic uses now");
    }

    /**
     * A Stua visit published on visit-events as visit-service would, once the client directory has it as the client's
     * last_seen_at: a client then missing from a list was left out by the rule, not by a visit still on its way.
     */
    private static void visitedStua(TopicWriter visitEvents, String code, String at) {
        visitEvents.send("VisitRecorded", "visit-service", code, Instant.parse(at), Map.of("id", UUID.randomUUID().toString(),
                "clientCode", code, "occurredAt", at, "activities", List.of("MEAL")));
        long deadline = System.currentTimeMillis() + 30_000;
        while (!seenSince(code, Instant.parse(at))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the visit of " + code + " did not reach the client directory within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean seenSince(String code, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from client_directory where code = ?1 and last_seen_at >= ?2")
                .setParameter(1, code).setParameter(2, at).getSingleResult()).longValue() == 1);
    }

    private static String define(String body) {
        return clinician().body(body).post("/health/campaigns").then().statusCode(201)
                .body("createdBy", is(Clinic.clinicianSubject())).extract().path("id");
    }

    private static void contact(String campaign, String code, String channel, String outcome) {
        clinician().body("{\"clientCode\":\"" + code + "\",\"channel\":\"" + channel + "\",\"outcome\":\"" + outcome + "\"}")
                .post("/health/campaigns/" + campaign + "/contacts").then().statusCode(201).body("clientCode", is(code.toUpperCase()));
    }

    private static Map<String, Map<String, Object>> listed(String campaign, Set<String> codes) {
        List<Map<String, Object>> items = clinician().get("/health/campaigns/" + campaign + "/eligible").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> codes.contains(i.get("clientCode")))
                .collect(Collectors.toMap(i -> (String) i.get("clientCode"), i -> i));
    }
}
