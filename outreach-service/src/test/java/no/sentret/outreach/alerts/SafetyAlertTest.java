package no.sentret.outreach.alerts;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.TestTokens;
import no.sentret.outreach.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Safety alerts: a second worker publishes, the reporter is never stored, they expire and can be withdrawn. */
@QuarkusTest
class SafetyAlertTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();

    @Inject
    AgroalDataSource ds;

    /** One worker of the outreach team, with a token subject of their own (as Keycloak gives each user). */
    static RequestSpecification worker(String subject) {
        return TestTokens.withSubject(subject, "worker-" + subject, "outreach");
    }

    static String alert(String modusOperandi, String extra) {
        return "{\"category\":\"ROBBERY\",\"district\":\"GRUNERLOKKA\",\"occurredOn\":\"" + TODAY + "\",\"partOfDay\":\"NIGHT\","
                + "\"modusOperandi\":\"" + modusOperandi + "\"" + extra + "}";
    }

    /** Recorded by {@code reporter}: the id of the pending alert. */
    static String record(RequestSpecification reporter, String extra) {
        return reporter.body(alert("Grey estate car, offers extra pay, takes the money back with a knife " + Api.tag(), extra))
                .post("/outreach/safety-alerts").then().statusCode(201).body("status", is("PENDING")).extract().path("id");
    }

    @AfterEach
    void realTime() {
        MovableAlertClock.reset();
    }

    @Test
    void aSecondWorkerMustApproveBeforeItIsPublished() throws Exception {
        String reporter = "rep-" + UUID.randomUUID();
        String approver = "app-" + UUID.randomUUID();
        String id = record(worker(reporter), ",\"description\":\"Picks up near the station late at night\"");

        worker(reporter).get("/outreach/safety-alerts/pending").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.reportedByYou", is(true))
                .body("find { it.id == '" + id + "' }.recordedAt", org.hamcrest.Matchers.endsWith("T00:00:00Z"));
        worker(approver).get("/outreach/safety-alerts/pending").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.reportedByYou", is(false));
        Api.staff().get("/outreach/safety-alerts").then().statusCode(200).body("id", not(hasItem(id)));

        // the reporter cannot publish it, whichever way the token is spelled
        worker(reporter).post("/outreach/safety-alerts/" + id + "/approve").then().statusCode(409)
                .body("errors[0].field", is("id"));
        Api.staff().post("/outreach/safety-alerts/" + id + "/approve").then().statusCode(403);
        worker(reporter).get("/outreach/safety-alerts/" + id).then().body("status", is("PENDING"));

        // while pending, the database holds a keyed tag, never the subject
        List<String> pending = row(id);
        assertFalse(pending.stream().anyMatch(v -> v != null && v.contains(reporter)), "the reporter's subject is not stored: " + pending);
        assertNotNull(pending.get(1), "the tag is there until approval");

        worker(approver).post("/outreach/safety-alerts/" + id + "/approve").then().statusCode(200)
                .body("status", is("PUBLISHED")).body("reportedByYou", is(false));
        List<String> published = row(id);
        assertNull(published.get(0), "salt erased");
        assertNull(published.get(1), "tag erased");
        assertNull(published.get(2), "key id erased");

        Api.staff().get("/outreach/safety-alerts").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.categoryLabel", is("Ran"))
                .body("find { it.id == '" + id + "' }.districtLabel", is("Grünerløkka"))
                .body("find { it.id == '" + id + "' }.partOfDayLabel", is("Natt"))
                .body("find { it.id == '" + id + "' }.description", is("Picks up near the station late at night"));
        Api.outreach().header("Accept-Language", "en-GB,en;q=0.9,nb;q=0.5").get("/outreach/safety-alerts").then().statusCode(200)
                .header("Content-Language", "en")
                .body("find { it.id == '" + id + "' }.categoryLabel", is("Robbery"))
                .body("find { it.id == '" + id + "' }.partOfDayLabel", is("Night"))
                .body("find { it.id == '" + id + "' }.language", is("en"));
        Api.staff().header("Accept-Language", "th, es;q=0.8").get("/outreach/safety-alerts").then().statusCode(200)
                .header("Content-Language", "nb");
        Api.staff().header("Accept-Language", ";;;q=x,@@").get("/outreach/safety-alerts").then().statusCode(200)
                .header("Content-Language", "nb");

        worker(approver).post("/outreach/safety-alerts/" + id + "/approve").then().statusCode(409).body("errors[0].field", is("id"));
        Api.outreach().get("/outreach/safety-alerts/pending").then().body("id", not(hasItem(id)));
    }

    @Test
    void aPublishedAlertExpiresAfterItsDaysAndTheActiveListForgetsIt() {
        String id = record(worker("rep-" + UUID.randomUUID()), ",\"validDays\":2");
        String lasting = record(worker("rep-" + UUID.randomUUID()), "");
        Api.outreach().post("/outreach/safety-alerts/" + id + "/approve").then().statusCode(200).body("validDays", is(2));
        Api.outreach().post("/outreach/safety-alerts/" + lasting + "/approve").then().statusCode(200).body("validDays", is(30));
        Api.staff().get("/outreach/safety-alerts").then().body("id", hasItem(id)).body("id", hasItem(lasting));

        MovableAlertClock.moveAhead(Duration.ofDays(1).plusHours(23));
        Api.staff().get("/outreach/safety-alerts").then().body("id", hasItem(id));

        MovableAlertClock.moveAhead(Duration.ofDays(2).plusMinutes(1));
        Api.staff().get("/outreach/safety-alerts").then().statusCode(200).body("id", not(hasItem(id))).body("id", hasItem(lasting));
        Api.outreach().get("/outreach/safety-alerts/" + id).then().body("status", is("EXPIRED"));
        Api.outreach().body("{\"reason\":\"no longer relevant\"}").post("/outreach/safety-alerts/" + id + "/withdraw").then()
                .statusCode(409).body("errors[0].field", is("id"));

        MovableAlertClock.moveAhead(Duration.ofDays(31));
        Api.staff().get("/outreach/safety-alerts").then().body("id", not(hasItem(lasting)));
    }

    @Test
    void withdrawnWithAReasonBeforeOrAfterPublication() {
        String pending = record(worker("rep-" + UUID.randomUUID()), "");
        String published = record(worker("rep-" + UUID.randomUUID()), "");
        Api.outreach().post("/outreach/safety-alerts/" + published + "/approve").then().statusCode(200);

        Api.outreach().body("{\"reason\":\"reported twice\"}").post("/outreach/safety-alerts/" + pending + "/withdraw").then()
                .statusCode(200).body("status", is("WITHDRAWN")).body("withdrawReason", is("reported twice"));
        Api.outreach().post("/outreach/safety-alerts/" + pending + "/approve").then().statusCode(409);
        Api.outreach().body("{\"reason\":\"the client took it back\"}").post("/outreach/safety-alerts/" + published + "/withdraw").then()
                .statusCode(200).body("status", is("WITHDRAWN")).body("publishedAt", not(nullValue()));
        Api.staff().get("/outreach/safety-alerts").then().body("id", not(hasItem(published)));
        Api.outreach().body("{\"reason\":\"again\"}").post("/outreach/safety-alerts/" + published + "/withdraw").then().statusCode(409);
        Api.outreach().body("{\"reason\":\"ring 912 34 567\"}").post("/outreach/safety-alerts/" + record(worker("r-" + UUID.randomUUID()), "")
                + "/withdraw").then().statusCode(400).body("errors[0].field", is("reason"));
        Api.outreach().body("{\"reason\":\"x\"}").post("/outreach/safety-alerts/" + UUID.randomUUID() + "/withdraw").then().statusCode(404)
                .body("errors[0].field", is("id"));
    }

    @Test
    void anUnapprovedAlertLapsesAndItsTagIsErased() throws Exception {
        String id = record(worker("rep-" + UUID.randomUUID()), "");
        MovableAlertClock.moveAhead(Duration.ofDays(15));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"LAPSED".equals(Api.outreach().get("/outreach/safety-alerts/" + id).then().extract().path("status"))
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Api.outreach().get("/outreach/safety-alerts/" + id).then().body("status", is("LAPSED"));
        assertEquals(java.util.Arrays.asList(null, null, null), row(id).subList(0, 3), "salt, tag and key id erased");
        Api.outreach().post("/outreach/safety-alerts/" + id + "/approve").then().statusCode(409);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Calls himself Ola, ring 912 34 567", "Kari Nordmann knows him", "@badguy_92 on Instagram",
            "lives at Storgata 1, 0155 Oslo", "his mail is bad.guy@example.no", "01019012345"})
    void personalDataInAnAlertIsRefusedAndNothingIsStored(String text) throws Exception {
        long before = count();
        worker("rep-" + UUID.randomUUID()).body(alert(text, "")).post("/outreach/safety-alerts").then().statusCode(400)
                .body("errors[0].field", is("modusOperandi")).body(not(org.hamcrest.Matchers.containsString(text)));
        worker("rep-" + UUID.randomUUID()).body(alert("Red Volvo, two men", ",\"description\":\"" + text + "\"")).post("/outreach/safety-alerts")
                .then().statusCode(400).body("errors[0].field", is("description"));
        assertEquals(before, count(), "nothing stored");
    }

    @Test
    void aDescriptionOfThePerpetratorIsFine() {
        worker("rep-" + UUID.randomUUID()).body(alert("Red Volvo estate, tall man with a beard, northern dialect", "")).post("/outreach/safety-alerts")
                .then().statusCode(201);
    }

    @Test
    void refusesBadAlerts() {
        RequestSpecification w = worker("rep-" + UUID.randomUUID());
        String ok = alert("Grey car", "");
        w.body(ok.replace(TODAY, LocalDate.parse(TODAY).plusDays(2).toString())).post("/outreach/safety-alerts").then().statusCode(400)
                .body("errors[0].field", is("occurredOn"));
        w.body(ok.replace(TODAY, LocalDate.parse(TODAY).minusYears(2).toString())).post("/outreach/safety-alerts").then().statusCode(400)
                .body("errors[0].field", is("occurredOn"));
        w.body(alert("Grey car", ",\"validDays\":91")).post("/outreach/safety-alerts").then().statusCode(400).body("errors[0].field", is("validDays"));
        w.body(alert("Grey car", ",\"validDays\":0")).post("/outreach/safety-alerts").then().statusCode(400).body("errors[0].field", is("validDays"));
        w.body(ok.replace("ROBBERY", "MURDER")).post("/outreach/safety-alerts").then().statusCode(400).body("errors[0].field", is("category"));
        w.body(ok.replace("GRUNERLOKKA", "Karl Johans gate")).post("/outreach/safety-alerts").then().statusCode(400).body("errors[0].field", is("district"));
        w.body(ok.replace("NIGHT", "MIDNIGHT")).post("/outreach/safety-alerts").then().statusCode(400).body("errors[0].field", is("partOfDay"));
        w.body(ok.replace("\"Grey car\"", "\" \"")).post("/outreach/safety-alerts").then().statusCode(400).body("errors[0].field", is("modusOperandi"));
        w.body(ok.replace("\"Grey car\"", "\"" + "x".repeat(301) + "\"")).post("/outreach/safety-alerts").then().statusCode(400)
                .body("errors[0].field", is("modusOperandi"));
        w.body(ok.replace(",\"partOfDay\":\"NIGHT\"", ",\"reporter\":\"me\"")).post("/outreach/safety-alerts").then().statusCode(400);
        Api.outreach().get("/outreach/safety-alerts/not-a-uuid").then().statusCode(400).body("errors[0].field", is("id"));
        Api.outreach().get("/outreach/safety-alerts/" + UUID.randomUUID()).then().statusCode(404).body("errors[0].field", is("id"));
    }

    /** reporter_salt, reporter_tag, reporter_key_id and every other text column of the alert's row. */
    private List<String> row(String id) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select reporter_salt, reporter_tag, reporter_key_id, category, district, "
                     + "modus_operandi, description, status, withdraw_reason from safety_alert where id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 9; i++) {
                    values.add(rs.getString(i));
                }
                return values;
            }
        }
    }

    private long count() throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from safety_alert")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
