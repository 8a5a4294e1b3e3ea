package no.sentret.health.worklists;

import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.daysAgo;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.prep;
import static no.sentret.health.Clinic.stiTest;
import static no.sentret.health.Clinic.vaccination;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.sentret.health.Clinic;
import no.sentret.platform.records.CentreTime;
import org.junit.jupiter.api.Test;

/** Each work list on data prepared for it: what must be listed is, and what must not be is not. */
@QuarkusTest
class WorkListsTest {

    @Test
    void pendingResultsAfterNDays() {
        String code = newClient();
        JsonPath old = consult(code, daysAgo(20), stiTest("CHLAMYDIA"), stiTest("HIV"));
        setResult(old.getString("services[1].id"), "{\"result\":\"NEGATIVE\"}");
        JsonPath recent = consult(code, daysAgo(5), stiTest("SYPHILIS"));
        JsonPath voided = consult(code, daysAgo(30), stiTest("GONORRHOEA"));
        clinician().body("{\"reason\":\"wrong client\"}").post("/health/consultations/" + voided.getString("id") + "/void")
                .then().statusCode(200);

        List<Map<String, Object>> items = items("/health/work-lists/pending-results?olderThanDays=14", code);
        assertEquals(List.of(old.getString("services[0].id")), ids(items, "testId"));
        assertEquals("CHLAMYDIA", items.get(0).get("infection"));
        assertEquals(20, items.get(0).get("daysPending"));
        assertEquals(old.getString("id"), items.get(0).get("consultationId"));
        assertEquals(List.of(old.getString("services[0].id"), recent.getString("services[0].id")),
                ids(items("/health/work-lists/pending-results?olderThanDays=3", code), "testId"), "oldest first");
        assertEquals(List.of(old.getString("services[0].id")), ids(items("/health/work-lists/pending-results", code), "testId"),
                "14 days by default");
        clinician().get("/health/work-lists/pending-results?olderThanDays=-1").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("olderThanDays"));
        clinician().get("/health/work-lists/pending-results?olderThanDays=two").then().statusCode(400);
    }

    @Test
    void positiveResultsNotToldYet() {
        String code = newClient();
        JsonPath c = consult(code, daysAgo(10), stiTest("CHLAMYDIA"), stiTest("GONORRHOEA"), stiTest("HIV"), stiTest("SYPHILIS"));
        String untold = c.getString("services[0].id");
        setResult(untold, "{\"result\":\"POSITIVE\"}");
        setResult(c.getString("services[1].id"), "{\"result\":\"POSITIVE\",\"toldAt\":\"" + daysAgo(1) + "\"}");
        setResult(c.getString("services[2].id"), "{\"result\":\"NEGATIVE\"}");
        setResult(c.getString("services[3].id"), "{\"result\":\"POSITIVE\"}");
        clinician().body("{\"reason\":\"sample mixed up\"}")
                .post("/health/consultations/" + c.getString("id") + "/services/" + c.getString("services[3].id") + "/void")
                .then().statusCode(200);

        List<Map<String, Object>> items = items("/health/work-lists/untold-positives", code);
        assertEquals(List.of(untold), ids(items, "testId"));
        assertEquals("CHLAMYDIA", items.get(0).get("infection"));

        setResult(untold, "{\"result\":\"POSITIVE\",\"toldAt\":\"" + Instant.now() + "\"}");
        assertEquals(List.of(), items("/health/work-lists/untold-positives", code), "told: off the list");
    }

    @Test
    void prepFollowUpsDueAndOverdue() {
        String overdue = newClient();
        consult(overdue, daysAgo(100), prep("START"));
        String dueSoon = newClient();
        consult(dueSoon, daysAgo(200), prep("START"));
        consult(dueSoon, daysAgo(80), "{\"category\":\"PREP\",\"prepStage\":\"FOLLOW_UP\",\"regimen\":\"ON_DEMAND\"}");
        String notYet = newClient();
        consult(notYet, daysAgo(30), prep("START"));
        String stopped = newClient();
        consult(stopped, daysAgo(150), prep("START"));
        consult(stopped, daysAgo(60), "{\"category\":\"PREP\",\"prepStage\":\"STOP\",\"prepReason\":\"CLIENT_DECLINED\"}");
        String voided = newClient();
        JsonPath v = consult(voided, daysAgo(100), prep("START"));
        clinician().body("{\"reason\":\"wrong client\"}").post("/health/consultations/" + v.getString("id") + "/void").then().statusCode(200);
        String survivor = newClient();
        String duplicate = newClient();
        consult(duplicate, daysAgo(95), prep("START"));
        Clinic.merge(duplicate, survivor);
        Set<String> mine = Set.of(overdue, dueSoon, notYet, stopped, voided, survivor, duplicate);

        Map<String, Map<String, Object>> listed = byCode(prepList(14), mine);
        assertEquals(Set.of(overdue, dueSoon, survivor), listed.keySet());
        assertEquals("OVERDUE", listed.get(overdue).get("status"));
        assertEquals(dayOf(daysAgo(100)).toString(), listed.get(overdue).get("startedOn"));
        assertEquals(dayOf(daysAgo(100)).plusMonths(3).toString(), listed.get(overdue).get("dueOn"));
        assertEquals(null, listed.get(overdue).get("lastFollowUpOn"));
        assertEquals("DAILY", listed.get(overdue).get("regimen"));
        assertEquals("DUE", listed.get(dueSoon).get("status"));
        assertEquals(dayOf(daysAgo(80)).toString(), listed.get(dueSoon).get("lastFollowUpOn"));
        assertEquals(dayOf(daysAgo(80)).plusMonths(3).toString(), listed.get(dueSoon).get("dueOn"), "3 months from the last follow-up");
        assertEquals("ON_DEMAND", listed.get(dueSoon).get("regimen"));
        assertEquals("OVERDUE", listed.get(survivor).get("status"), "a merged client is listed under the survivor");
        assertEquals(Set.of(overdue, survivor), byCode(prepList(0), mine).keySet(), "not yet due today: not listed");
    }

    @Test
    void secondVaccineDoses() {
        String overdue = newClient();
        consult(overdue, daysAgo(40), vaccination("MPOX", 1));
        String done = newClient();
        consult(done, daysAgo(40), vaccination("MPOX", 1));
        consult(done, daysAgo(10), vaccination("MPOX", 2));
        String soon = newClient();
        consult(soon, daysAgo(10), vaccination("MPOX", 1), vaccination("HPV", 1));
        String hpv = newClient();
        consult(hpv, daysAgo(70), vaccination("HPV", 1));
        Set<String> mine = Set.of(overdue, done, soon, hpv);

        List<Map<String, Object>> items = secondDoses(7).stream().filter(i -> mine.contains(i.get("clientCode"))).toList();
        assertEquals(Set.of(overdue + " MPOX", hpv + " HPV"),
                items.stream().map(i -> i.get("clientCode") + " " + i.get("vaccine")).collect(Collectors.toSet()));
        Map<String, Object> mpox = items.stream().filter(i -> i.get("clientCode").equals(overdue)).findFirst().orElseThrow();
        assertEquals(dayOf(daysAgo(40)).toString(), mpox.get("firstDoseOn"));
        assertEquals(dayOf(daysAgo(40)).plusDays(28).toString(), mpox.get("dueOn"));
        assertEquals("OVERDUE", mpox.get("status"));

        List<Map<String, Object>> within30 = secondDoses(30).stream().filter(i -> soon.equals(i.get("clientCode"))).toList();
        assertEquals(List.of("MPOX"), within30.stream().map(i -> i.get("vaccine")).toList(), "MPOX due in 18 days, HPV in ~50");
        assertEquals("DUE", within30.get(0).get("status"));
    }

    @Test
    void aVoidedDoseIsNoDose() {
        // the first MPOX dose voided as a line (a wrong entry), the HPV dose beside it standing: only HPV is due
        String lineVoided = newClient();
        JsonPath both = consult(lineVoided, daysAgo(70), vaccination("MPOX", 1), vaccination("HPV", 1));
        clinician().body("{\"reason\":\"not given after all\"}")
                .post("/health/consultations/" + both.getString("id") + "/services/" + both.getString("services[0].id") + "/void")
                .then().statusCode(200);
        // the whole consultation voided (the wrong client): its first dose is nobody's
        String consultationVoided = newClient();
        JsonPath wrongClient = consult(consultationVoided, daysAgo(40), vaccination("MPOX", 1));
        clinician().body("{\"reason\":\"wrong client\"}").post("/health/consultations/" + wrongClient.getString("id") + "/void")
                .then().statusCode(200);
        // and the other way round: a voided second dose was not given, so the client is still due it
        String secondVoided = newClient();
        consult(secondVoided, daysAgo(40), vaccination("MPOX", 1));
        JsonPath second = consult(secondVoided, daysAgo(10), vaccination("MPOX", 2));
        clinician().body("{\"reason\":\"wrong client\"}").post("/health/consultations/" + second.getString("id") + "/void")
                .then().statusCode(200);
        Set<String> mine = Set.of(lineVoided, consultationVoided, secondVoided);

        assertEquals(Map.of(lineVoided + " HPV", 1L, secondVoided + " MPOX", 1L), timesListed(secondDoses(30), mine),
                "a voided first dose lists nobody; a voided second dose leaves the first one due");
    }

    @Test
    void secondDosesOfMergedClientsUnderTheSurvivor() {
        // the first dose under a duplicate code, the second under the code it was merged into: one client, done
        String doneSurvivor = newClient();
        String doneDuplicate = newClient();
        consult(doneDuplicate, daysAgo(40), vaccination("MPOX", 1));
        consult(doneSurvivor, daysAgo(10), vaccination("MPOX", 2));
        Clinic.merge(doneDuplicate, doneSurvivor);
        // the first dose under the duplicate alone: due, and named by the code the clinic uses now
        String dueSurvivor = newClient();
        String dueDuplicate = newClient();
        consult(dueDuplicate, daysAgo(40), vaccination("MPOX", 1));
        Clinic.merge(dueDuplicate, dueSurvivor);
        // a first dose recorded under each code (registered twice): one line, counted from the earlier dose
        String twiceSurvivor = newClient();
        String twiceDuplicate = newClient();
        consult(twiceDuplicate, daysAgo(45), vaccination("MPOX", 1));
        consult(twiceSurvivor, daysAgo(35), vaccination("MPOX", 1));
        Clinic.merge(twiceDuplicate, twiceSurvivor);
        Set<String> mine = Set.of(doneSurvivor, doneDuplicate, dueSurvivor, dueDuplicate, twiceSurvivor, twiceDuplicate);

        List<Map<String, Object>> items = secondDoses(7).stream().filter(i -> mine.contains(i.get("clientCode"))).toList();
        assertEquals(Map.of(dueSurvivor + " MPOX", 1L, twiceSurvivor + " MPOX", 1L), timesListed(items, mine),
                "each merged client once, under the survivor; the one with both doses not at all");
        Map<String, Map<String, Object>> listed = byCode(items, mine);
        assertEquals(dayOf(daysAgo(40)).toString(), listed.get(dueSurvivor).get("firstDoseOn"), "the duplicate's dose counts");
        assertEquals("OVERDUE", listed.get(dueSurvivor).get("status"));
        assertEquals(dayOf(daysAgo(45)).toString(), listed.get(twiceSurvivor).get("firstDoseOn"), "the earlier of the two first doses");
        assertEquals(dayOf(daysAgo(45)).plusDays(28).toString(), listed.get(twiceSurvivor).get("dueOn"));
    }

    private static List<Map<String, Object>> prepList(int withinDays) {
        return clinician().get("/health/work-lists/prep-follow-ups?withinDays=" + withinDays).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static List<Map<String, Object>> secondDoses(int withinDays) {
        return clinician().get("/health/work-lists/second-doses?withinDays=" + withinDays).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** How many times each "CODE VACCINE" of {@code codes} is on the second-dose list: a client listed twice shows as 2. */
    private static Map<String, Long> timesListed(List<Map<String, Object>> items, Set<String> codes) {
        return items.stream().filter(i -> codes.contains(i.get("clientCode")))
                .collect(Collectors.groupingBy(i -> i.get("clientCode") + " " + i.get("vaccine"), Collectors.counting()));
    }

    private static Map<String, Map<String, Object>> byCode(List<Map<String, Object>> items, Set<String> codes) {
        return items.stream().filter(i -> codes.contains(i.get("clientCode")))
                .collect(Collectors.toMap(i -> (String) i.get("clientCode"), i -> i));
    }

    private static LocalDate dayOf(String instant) {
        return Instant.parse(instant).atZone(CentreTime.OSLO).toLocalDate();
    }

    private static void setResult(String test, String body) {
        clinician().body(body).put("/health/test-results/" + test).then().statusCode(200);
    }

    private static List<Map<String, Object>> items(String path, String code) {
        List<Map<String, Object>> all = clinician().get(path).then().statusCode(200).extract().jsonPath().getList("items");
        return all.stream().filter(i -> code.equals(i.get("clientCode"))).toList();
    }

    private static List<Object> ids(List<Map<String, Object>> items, String field) {
        return items.stream().map(i -> i.get(field)).toList();
    }
}
