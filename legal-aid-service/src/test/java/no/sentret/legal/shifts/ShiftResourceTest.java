package no.sentret.legal.shifts;

import static no.sentret.legal.Legal.coordinator;
import static no.sentret.legal.Legal.kitLawyerId;
import static no.sentret.legal.Legal.lawyer;
import static no.sentret.legal.Legal.newShift;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import no.sentret.legal.Legal;
import no.sentret.platform.records.CentreTime;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShiftResourceTest {

    private static String plan(LocalDate date, String start, String end) {
        return "{\"date\":\"" + date + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"lawyerId\":\"" + kitLawyerId() + "\"}";
    }

    @Test
    void plansAndRefusesClashesAndBadTimes() {
        LocalDate day = Legal.days(1);
        String id = coordinator().body(plan(day, "14:00", "17:00")).post("/legal-aid/shifts").then().statusCode(201)
                .body("status", is("PLANNED")).body("lawyerId", is(kitLawyerId())).body("substituted", is(false)).extract().path("id");
        coordinator().body(plan(day, "16:00", "18:00")).post("/legal-aid/shifts").then().statusCode(409).body("errors[0].field", is("date"));
        coordinator().body(plan(day, "17:00", "18:00")).post("/legal-aid/shifts").then().statusCode(201);
        coordinator().body(plan(Legal.days(1), "17:00", "14:00")).post("/legal-aid/shifts").then().statusCode(400).body("errors[0].field", is("end"));
        coordinator().body("{\"date\":\"" + Legal.days(1) + "\",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerId\":\"" + UUID.randomUUID() + "\"}")
                .post("/legal-aid/shifts").then().statusCode(422).body("errors[0].field", is("lawyerId"));
        coordinator().body("{\"date\":\"" + Legal.days(1) + "\",\"start\":\"2pm\",\"end\":\"17:00\",\"lawyerId\":\"" + kitLawyerId() + "\"}")
                .post("/legal-aid/shifts").then().statusCode(400).body("errors[0].field", is("start"));
        // a cancelled shift frees its time
        coordinator().body("{\"reason\":\"CENTRE_CLOSED\"}").post("/legal-aid/shifts/" + id + "/cancel").then().statusCode(200);
        coordinator().body(plan(day, "14:00", "17:00")).post("/legal-aid/shifts").then().statusCode(201);
    }

    @Test
    void outcomesOnlyFromPlannedAndOnlyOnceTheDayHasCome() {
        String shift = newShift();
        lawyer().post("/legal-aid/shifts/" + shift + "/held").then().statusCode(200).body("status", is("HELD"));
        lawyer().post("/legal-aid/shifts/" + shift + "/nobody-came").then().statusCode(409).body("errors[0].field", is("id"));
        lawyer().body("{\"reason\":\"LAWYER_ILL\"}").post("/legal-aid/shifts/" + shift + "/cancel").then().statusCode(409);

        String future = coordinator().body(plan(CentreTime.today().plusYears(5), "14:00", "17:00"))
                .post("/legal-aid/shifts").then().statusCode(201).extract().path("id");
        lawyer().post("/legal-aid/shifts/" + future + "/held").then().statusCode(409);
        coordinator().body("{\"reason\":\"PUBLIC_HOLIDAY\"}").post("/legal-aid/shifts/" + future + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"));
        coordinator().body("{\"reason\":\"BORED\"}").post("/legal-aid/shifts/" + newShift() + "/cancel").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        coordinator().post("/legal-aid/shifts/" + UUID.randomUUID() + "/held").then().statusCode(404);
    }

    @Test
    void nobodyCameIsRefusedOnceSomeoneCame() {
        String shift = newShift();
        Legal.newInquiry(shift);
        lawyer().post("/legal-aid/shifts/" + shift + "/nobody-came").then().statusCode(409);
        lawyer().body("{\"reason\":\"OTHER\"}").post("/legal-aid/shifts/" + shift + "/cancel").then().statusCode(409);
        lawyer().post("/legal-aid/shifts/" + shift + "/held").then().statusCode(200);
    }

    @Test
    void aSubstituteTakesAPlannedShift() {
        String substitute = Legal.newLawyer("sub-" + UUID.randomUUID(), "SUBSTITUTE");
        String shift = newShift();
        coordinator().body("{\"lawyerId\":\"" + substitute + "\"}").post("/legal-aid/shifts/" + shift + "/substitute").then().statusCode(200)
                .body("lawyerId", is(substitute)).body("plannedLawyerId", is(kitLawyerId())).body("substituted", is(true));
        coordinator().body("{\"lawyerId\":\"" + substitute + "\"}").post("/legal-aid/shifts/" + shift + "/substitute").then().statusCode(409)
                .body("errors[0].field", is("lawyerId"));
        coordinator().body("{\"lawyerId\":\"" + UUID.randomUUID() + "\"}").post("/legal-aid/shifts/" + shift + "/substitute").then().statusCode(422);
        lawyer().post("/legal-aid/shifts/" + shift + "/held").then().statusCode(200);
        coordinator().body("{\"lawyerId\":\"" + kitLawyerId() + "\"}").post("/legal-aid/shifts/" + shift + "/substitute").then().statusCode(409);
    }

    @Test
    void aTermIsPlannedWhollyOrNotAtAll() {
        LocalDate from = Legal.days(28);
        LocalDate to = from.plusDays(27);
        String term = "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"dayOfWeek\":\"" + from.plusDays(3).getDayOfWeek()
                + "\",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerIds\":[\"" + kitLawyerId() + "\"]}";
        // one shift already on the third week: the whole term is refused and nothing is planned
        coordinator().body(plan(from.plusDays(17), "15:00", "16:00")).post("/legal-aid/shifts").then().statusCode(201);
        coordinator().body(term).post("/legal-aid/shifts/term").then().statusCode(409);
        coordinator().queryParam("from", from.toString()).queryParam("to", to.toString()).get("/legal-aid/shifts").then().body("total", is(1));
        coordinator().body(term.replace("\"lawyerIds\"", "\"skipDates\":[\"" + from.plusDays(17) + "\"],\"lawyerIds\""))
                .post("/legal-aid/shifts/term").then().statusCode(201).body("size()", is(3));
        coordinator().body(term.replace("\"lawyerIds\"", "\"skipDates\":[\"" + from.plusDays(1) + "\"],\"lawyerIds\""))
                .post("/legal-aid/shifts/term").then().statusCode(400).body("errors[0].field", is("skipDates[0]"));
        coordinator().body(term.replace(to.toString(), from.plusYears(2).toString())).post("/legal-aid/shifts/term").then().statusCode(400)
                .body("errors[0].field", is("to"));
        coordinator().body(term.replace(kitLawyerId(), UUID.randomUUID().toString())).post("/legal-aid/shifts/term").then().statusCode(422)
                .body("errors[0].field", is("lawyerIds[0]"));
    }

    @Test
    void theRegisterNeedsAValidPeriod() {
        coordinator().get("/legal-aid/shifts").then().statusCode(400).body("errors[0].field", is("from"));
        coordinator().queryParam("from", "2001-01-01").queryParam("to", "2001-13-01").get("/legal-aid/shifts").then().statusCode(400)
                .body("errors[0].field", is("to"));
        coordinator().queryParam("from", "2001-01-01").queryParam("to", "2001-02-01").queryParam("status", "DONE").get("/legal-aid/shifts")
                .then().statusCode(400).body("errors[0].field", is("status"));
    }
}
