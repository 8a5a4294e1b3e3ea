package no.sentret.health.results;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.stiTest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.sentret.health.Clinic;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TestResultTest {

    @Test
    void aResultIsSetToldAndCorrectedWithItsHistoryKept() {
        String code = newClient();
        JsonPath c = consult(code, "2022-05-02T10:00:00Z", stiTest("CHLAMYDIA"), stiTest("HIV"));
        String test = c.getString("services[0].id");
        clinician().get("/health/test-results/" + test).then().statusCode(200)
                .body("result", is("PENDING")).body("infection", is("CHLAMYDIA")).body("clientCode", is(code))
                .body("consultationId", is(c.getString("id"))).body("history", hasSize(0));

        put(test, "{\"result\":\"NEGATIVE\"}", 200).body("result", is("NEGATIVE")).body("toldAt", nullValue())
                .body("history", hasSize(1)).body("history[0].reason", nullValue())
                .body("history[0].changedBy", is(Clinic.clinicianSubject()));
        // the same again changes nothing
        put(test, "{\"result\":\"NEGATIVE\"}", 200).body("history", hasSize(1));
        // telling the client the first time is no correction
        put(test, "{\"result\":\"NEGATIVE\",\"toldAt\":\"2022-05-09T08:30:00Z\"}", 200)
                .body("toldAt", is("2022-05-09T08:30:00Z")).body("history", hasSize(2));
        // changing a result already set needs a reason
        put(test, "{\"result\":\"POSITIVE\",\"toldAt\":\"2022-05-09T08:30:00Z\"}", 400).body("errors[0].field", is("reason"));
        put(test, "{\"result\":\"POSITIVE\",\"toldAt\":\"2022-05-09T08:30:00Z\",\"reason\":\"laboratory corrected its report\"}", 200)
                .body("result", is("POSITIVE"))
                .body("history.result", contains("NEGATIVE", "NEGATIVE", "POSITIVE"))
                .body("history.reason", contains(null, null, "laboratory corrected its report"));
        // so does changing when the client was told
        put(test, "{\"result\":\"POSITIVE\",\"toldAt\":\"2022-05-10T08:30:00Z\"}", 400).body("errors[0].field", is("reason"));
        put(test, "{\"result\":\"POSITIVE\",\"toldAt\":\"2022-05-10T08:30:00Z\",\"reason\":\"told again of the correction\"}", 200)
                .body("history", hasSize(4));
        // the consultation shows the result as it stands; the other test is untouched
        clinician().get("/health/consultations/" + c.getString("id")).then().statusCode(200)
                .body("services.result", contains("POSITIVE", "PENDING"))
                .body("services[0].toldAt", is("2022-05-10T08:30:00Z"));
    }

    @Test
    void refusesWhatIsNoResult() {
        String code = newClient();
        JsonPath c = consult(code, "2022-05-02T10:00:00Z", stiTest("SYPHILIS"), COUNSELLING);
        String test = c.getString("services[0].id");
        put(test, "{\"result\":\"PENDING\"}", 400).body("errors[0].field", is("result"));
        put(test, "{\"result\":\"MAYBE\"}", 400).body("errors[0].field", is("result"));
        put(test, "{}", 400).body("errors[0].field", is("result"));
        put(test, "{\"result\":\"NEGATIVE\",\"toldAt\":\"2022-05-01T10:00:00Z\"}", 400).body("errors[0].field", is("toldAt"));
        put(test, "{\"result\":\"NEGATIVE\",\"toldAt\":\"" + Instant.now().plus(3, ChronoUnit.HOURS) + "\"}", 400)
                .body("errors[0].field", is("toldAt"));
        put(test, "{\"result\":\"NEGATIVE\",\"reason\":\"phone her on 912 34 567\"}", 400).body("errors[0].field", is("reason"));
        put(c.getString("services[1].id"), "{\"result\":\"NEGATIVE\"}", 404);
        put(UUID.randomUUID().toString(), "{\"result\":\"NEGATIVE\"}", 404);
        clinician().get("/health/test-results/" + c.getString("services[1].id")).then().statusCode(404);
        clinician().body("{\"reason\":\"sample lost\"}").post("/health/consultations/" + c.getString("id") + "/services/" + test + "/void")
                .then().statusCode(200);
        put(test, "{\"result\":\"NEGATIVE\"}", 409);
        clinician().get("/health/test-results/" + test).then().statusCode(200).body("voided", is(true)).body("result", is("PENDING"));
    }

    private static io.restassured.response.ValidatableResponse put(String test, String body, int status) {
        return clinician().body(body).put("/health/test-results/" + test).then().statusCode(status);
    }
}
