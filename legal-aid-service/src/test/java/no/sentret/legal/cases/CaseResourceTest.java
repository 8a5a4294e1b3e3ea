package no.sentret.legal.cases;

import static no.sentret.legal.Legal.admin;
import static no.sentret.legal.Legal.coordinator;
import static no.sentret.legal.Legal.lawyer;
import static no.sentret.legal.Legal.newInquiry;
import static no.sentret.legal.Legal.newShift;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import no.sentret.legal.Legal;
import no.sentret.platform.records.CentreTime;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseResourceTest {

    private static String open(String inquiry, String area, String subArea, String note) {
        return "{\"inquiryId\":\"" + inquiry + "\",\"area\":\"" + area + "\"" + (subArea == null ? "" : ",\"subArea\":\"" + subArea + "\"")
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    @Test
    void opensFromAnInquiryAndClosesResolvedOrReferred() {
        String shift = newShift();
        LocalDate day = Legal.dateOf(shift);
        String code = Legal.newClient();
        String inquiry = Legal.newInquiry(shift, code, "[\"CRIMINAL\",\"HOUSING_AND_TENANCY\"]", "[\"HARASSMENT\"]");
        String criminal = lawyer().body(open(inquiry, "CRIMINAL", "HARASSMENT", "report discussed")).post("/legal-aid/cases").then().statusCode(201)
                .body("status", is("OPEN")).body("clientCode", is(code)).body("openedOn", is(day.toString()))
                .body("note", is("report discussed")).body("closedOn", nullValue()).extract().path("id");
        String housing = lawyer().body(open(inquiry, "HOUSING_AND_TENANCY", null, null)).post("/legal-aid/cases").then().statusCode(201).extract().path("id");

        lawyer().body("{\"outcome\":\"REFERRED\"}").post("/legal-aid/cases/" + criminal + "/close").then().statusCode(400)
                .body("errors[0].field", is("referredTo"));
        lawyer().body("{\"outcome\":\"RESOLVED_ON_SITE\",\"referredTo\":\"POLICE\"}").post("/legal-aid/cases/" + criminal + "/close").then().statusCode(400)
                .body("errors[0].field", is("referredTo"));
        lawyer().body("{\"outcome\":\"REFERRED\",\"referredTo\":\"POLICE\",\"closedOn\":\"" + day.minusDays(1) + "\"}")
                .post("/legal-aid/cases/" + criminal + "/close").then().statusCode(400).body("errors[0].field", is("closedOn"));
        lawyer().body("{\"outcome\":\"REFERRED\",\"referredTo\":\"POLICE\",\"closedOn\":\"" + CentreTime.today().plusDays(2) + "\"}")
                .post("/legal-aid/cases/" + criminal + "/close").then().statusCode(400).body("errors[0].field", is("closedOn"));
        lawyer().body("{\"outcome\":\"REFERRED\",\"referredTo\":\"COURT\"}").post("/legal-aid/cases/" + criminal + "/close").then().statusCode(400)
                .body("errors[0].field", is("referredTo"));
        lawyer().body("{\"outcome\":\"REFERRED\",\"referredTo\":\"POLICE\",\"closedOn\":\"" + day.plusDays(14) + "\"}")
                .post("/legal-aid/cases/" + criminal + "/close").then().statusCode(200)
                .body("status", is("REFERRED")).body("referredTo", is("POLICE")).body("closedOn", is(day.plusDays(14).toString()));
        lawyer().body("{\"outcome\":\"RESOLVED_ON_SITE\"}").post("/legal-aid/cases/" + criminal + "/close").then().statusCode(409);
        lawyer().body("{\"outcome\":\"RESOLVED_ON_SITE\"}").post("/legal-aid/cases/" + housing + "/close").then().statusCode(200)
                .body("status", is("RESOLVED_ON_SITE")).body("closedOn", is(CentreTime.today().toString()));

        lawyer().queryParam("clientCode", code).get("/legal-aid/cases").then().statusCode(200).body("items.id", contains(criminal, housing));
        lawyer().queryParam("clientCode", code).queryParam("status", "REFERRED").get("/legal-aid/cases").then().body("items.id", contains(criminal));
    }

    @Test
    void refusesBadCases() {
        String inquiry = newInquiry(newShift());
        lawyer().body(open(inquiry, "CRIMINAL", null, null)).post("/legal-aid/cases").then().statusCode(400).body("errors[0].field", is("subArea"));
        lawyer().body(open(inquiry, "FAMILY", "THEFT", null)).post("/legal-aid/cases").then().statusCode(400).body("errors[0].field", is("subArea"));
        lawyer().body(open(inquiry, "FAMILY", null, "mother's number 41234567")).post("/legal-aid/cases").then().statusCode(400)
                .body("errors[0].field", is("note"));
        lawyer().body(open(inquiry, "FAMILY", null, "x".repeat(201))).post("/legal-aid/cases").then().statusCode(400).body("errors[0].field", is("note"));
        lawyer().body(open(UUID.randomUUID().toString(), "FAMILY", null, null)).post("/legal-aid/cases").then().statusCode(422)
                .body("errors[0].field", is("inquiryId"));
        lawyer().queryParam("shiftId", "x").get("/legal-aid/inquiries").then().statusCode(400).body("errors[0].field", is("shiftId"));
        lawyer().get("/legal-aid/cases").then().statusCode(400).body("errors[0].field", is("from"));
    }

    @Test
    void followUpMeetingsOnLaterShifts() {
        String first = newShift();
        String caseId = lawyer().body(open(newInquiry(first), "FINANCES", null, null)).post("/legal-aid/cases").then().statusCode(201).extract().path("id");
        String later = newShift();
        lawyer().body("{\"shiftId\":\"" + first + "\",\"occurredAt\":\"" + Legal.during(first) + "\"}").post("/legal-aid/cases/" + caseId + "/meetings")
                .then().statusCode(400).body("errors[0].field", is("shiftId"));
        lawyer().body("{\"shiftId\":\"" + later + "\",\"occurredAt\":\"" + Legal.during(first) + "\"}").post("/legal-aid/cases/" + caseId + "/meetings")
                .then().statusCode(400).body("errors[0].field", is("occurredAt"));
        String meeting = lawyer().body("{\"shiftId\":\"" + later + "\",\"occurredAt\":\"" + Legal.during(later) + "\"}")
                .post("/legal-aid/cases/" + caseId + "/meetings").then().statusCode(201).body("shiftId", is(later)).extract().path("id");
        // a shift with a follow-up is not one where nobody came
        lawyer().post("/legal-aid/shifts/" + later + "/nobody-came").then().statusCode(409);
        coordinator().get("/legal-aid/cases/" + caseId + "/meetings").then().statusCode(200).body("id", contains(meeting));
        lawyer().get("/legal-aid/cases/" + caseId).then().body("meetings.id", contains(meeting));
        lawyer().body("{\"outcome\":\"RESOLVED_ON_SITE\"}").post("/legal-aid/cases/" + caseId + "/close").then().statusCode(200);
        String third = newShift();
        lawyer().body("{\"shiftId\":\"" + third + "\",\"occurredAt\":\"" + Legal.during(third) + "\"}").post("/legal-aid/cases/" + caseId + "/meetings")
                .then().statusCode(409);
    }

    @Test
    void theCoordinatorReadsTheRegisterWithoutNotesAndEveryReadIsAudited() {
        String shift = newShift();
        LocalDate day = Legal.dateOf(shift);
        String caseId = lawyer().body(open(newInquiry(shift), "FAMILY", null, "custody question")).post("/legal-aid/cases").then().statusCode(201)
                .extract().path("id");
        coordinator().get("/legal-aid/cases/" + caseId).then().statusCode(200).body("note", nullValue()).body("area", is("FAMILY"));
        coordinator().queryParam("from", day.toString()).queryParam("to", day.toString()).get("/legal-aid/cases").then().statusCode(200)
                .body("items.id", contains(caseId)).body("items.note", contains((Object) null));
        lawyer().get("/legal-aid/cases/" + caseId).then().statusCode(200).body("note", is("custody question"));
        admin().get("/legal-aid/cases/" + caseId).then().statusCode(403);

        String today = CentreTime.today().toString();
        admin().queryParam("from", CentreTime.today().minusDays(1).toString()).queryParam("to", today).queryParam("resourceId", caseId)
                .get("/legal-aid/audit").then().statusCode(200).body("total", is(3))
                .body("items.resource", everyItem(is("legal-case"))).body("items.action", everyItem(is("READ")))
                .body("items.actor", contains("user-lawyer", "user-legal-coordinator", "user-legal-coordinator"));
        // without a period the whole log, newest first (the kit's audit trail, as in every service)
        admin().get("/legal-aid/audit").then().statusCode(200);
    }
}
