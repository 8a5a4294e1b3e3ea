package no.sentret.legal.lawyers;

import static no.sentret.legal.Legal.coordinator;
import static no.sentret.legal.Legal.lawyerWithSubject;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import no.sentret.legal.Legal;
import no.sentret.platform.records.CentreTime;
import org.junit.jupiter.api.Test;

/**
 * A lawyer leaves the roster: refused while they hold planned shifts ahead unless someone takes them
 * in the same step; afterwards they cannot be planned, substitute or record, and their history stays.
 */
@QuarkusTest
class LeaveRosterTest {

    @Test
    void plannedShiftsAheadAreHandedOverOrTheLeaveIsRefused() {
        String subject = "leaving-" + UUID.randomUUID();
        String leaving = Legal.newLawyer(subject, "REGULAR");
        String other = Legal.newLawyer("staying-" + UUID.randomUUID(), "REGULAR");
        // a past shift held, a past one still planned, two ahead (one already taken by a substitute)
        String past = Legal.newShift(Legal.days(1), leaving);
        lawyerWithSubject(subject).body(Legal.inquiry(past, null, "[\"FAMILY\"]", null, "YES")).post("/legal-aid/inquiries").then().statusCode(201);
        coordinator().post("/legal-aid/shifts/" + past + "/held").then().statusCode(200);
        String pastPlanned = Legal.newShift(Legal.days(1), leaving);
        LocalDate ahead = CentreTime.today().plusYears(8).plusDays(Legal.days(1).getDayOfYear());
        String aheadOne = Legal.newShift(ahead, leaving);
        String aheadTwo = Legal.newShift(ahead.plusDays(400), leaving);
        String elsewhere = Legal.newShift(ahead.plusDays(800), other);

        String path = "/legal-aid/lawyers/" + leaving + "/leave";
        coordinator().body("{}").post(path).then().statusCode(409).body("errors[0].field", is("reassignTo"));
        coordinator().body("{\"reassignTo\":\"" + UUID.randomUUID() + "\"}").post(path).then().statusCode(422).body("errors[0].field", is("reassignTo"));
        coordinator().body("{\"reassignTo\":\"" + leaving + "\"}").post(path).then().statusCode(400).body("errors[0].field", is("reassignTo"));
        coordinator().get("/legal-aid/shifts/" + aheadOne).then().body("lawyerId", is(leaving));
        coordinator().body("{\"reassignTo\":null}").post("/legal-aid/lawyers/" + UUID.randomUUID() + "/leave").then().statusCode(404);

        coordinator().body("{\"reassignTo\":\"" + other + "\"}").post(path).then().statusCode(200)
                .body("active", is(false)).body("leftAt", notNullValue()).body("id", is(leaving));
        // the shifts ahead went to the other lawyer, still showing who they were planned for; the past ones stay
        for (String s : new String[] {aheadOne, aheadTwo}) {
            coordinator().get("/legal-aid/shifts/" + s).then().body("lawyerId", is(other)).body("plannedLawyerId", is(leaving))
                    .body("substituted", is(true));
        }
        coordinator().get("/legal-aid/shifts/" + elsewhere).then().body("lawyerId", is(other)).body("substituted", is(false));
        coordinator().get("/legal-aid/shifts/" + past).then().body("lawyerId", is(leaving)).body("status", is("HELD"));
        coordinator().get("/legal-aid/shifts/" + pastPlanned).then().body("lawyerId", is(leaving)).body("status", is("PLANNED"));
        // its outcome can still be set by the coordinator
        coordinator().post("/legal-aid/shifts/" + pastPlanned + "/nobody-came").then().statusCode(200);

        // still on the roster as history, but cannot be planned, substitute, or record
        coordinator().get("/legal-aid/lawyers").then().body("find { it.id == '" + leaving + "' }.active", is(false))
                .body("find { it.id == '" + other + "' }.active", is(true));
        coordinator().body("{\"date\":\"" + Legal.days(1) + "\",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerId\":\"" + leaving + "\"}")
                .post("/legal-aid/shifts").then().statusCode(422).body("errors[0].field", is("lawyerId"));
        LocalDate term = Legal.days(14);
        coordinator().body("{\"from\":\"" + term + "\",\"to\":\"" + term.plusDays(13) + "\",\"dayOfWeek\":\"WEDNESDAY\",\"start\":\"14:00\","
                + "\"end\":\"17:00\",\"lawyerIds\":[\"" + other + "\",\"" + leaving + "\"]}").post("/legal-aid/shifts/term").then().statusCode(422)
                .body("errors[0].field", is("lawyerIds[1]"));
        coordinator().body("{\"lawyerId\":\"" + leaving + "\"}").post("/legal-aid/shifts/" + Legal.newShift() + "/substitute").then().statusCode(422)
                .body("errors[0].field", is("lawyerId"));
        String today = Legal.newShift();
        lawyerWithSubject(subject).body(Legal.inquiry(today, null, "[\"FAMILY\"]", null, "YES")).post("/legal-aid/inquiries").then().statusCode(403)
                .body("errors[0].field", is("subject"));
        // ... and leaves once
        coordinator().body("{}").post(path).then().statusCode(409).body("errors[0].field", is("id"));
        // a lawyer who holds nothing ahead leaves without a handover; a leave needs a body
        String idle = Legal.newLawyer("idle-" + UUID.randomUUID(), "SUBSTITUTE");
        coordinator().post("/legal-aid/lawyers/" + idle + "/leave").then().statusCode(400);
        coordinator().body("{}").post("/legal-aid/lawyers/" + idle + "/leave").then().statusCode(200).body("active", is(false));
        // nobody can hand shifts over to a lawyer who has left
        String third = Legal.newLawyer("third-" + UUID.randomUUID(), "REGULAR");
        Legal.newShift(ahead.plusDays(1200), third);
        coordinator().body("{\"reassignTo\":\"" + idle + "\"}").post("/legal-aid/lawyers/" + third + "/leave").then().statusCode(422)
                .body("errors[0].field", is("reassignTo"));
    }
}
