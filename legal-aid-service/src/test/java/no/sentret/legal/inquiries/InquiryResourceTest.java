package no.sentret.legal.inquiries;

import static no.sentret.legal.Legal.admin;
import static no.sentret.legal.Legal.inquiry;
import static no.sentret.legal.Legal.lawyer;
import static no.sentret.legal.Legal.newShift;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.sentret.legal.Legal;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InquiryResourceTest {

    @Test
    void recordsNamedAnonymousAndMergedCodes() {
        String shift = newShift();
        String code = Legal.newClient();
        String named = lawyer().body(inquiry(shift, code.toLowerCase(), "[\"CRIMINAL\",\"FAMILY\"]", "[\"EXTORTION\",\"ROBBERY\"]", "YES"))
                .post("/legal-aid/inquiries").then().statusCode(201)
                .body("clientCode", is(code)).body("areas", contains("CRIMINAL", "FAMILY"))
                .body("criminalSubAreas", contains("ROBBERY", "EXTORTION")).body("wouldNotOtherwiseHaveSoughtLawyer", is("YES"))
                .body("recordedBy", is(Legal.kitLawyerId())).body("shiftId", is(shift)).extract().path("id");
        lawyer().body(inquiry(shift, null, "[\"FINANCES\"]", null, "NOT_ASKED")).post("/legal-aid/inquiries").then().statusCode(201)
                .body("clientCode", nullValue()).body("criminalSubAreas.size()", is(0));

        String duplicate = Legal.newClient();
        String survivor = Legal.newClient();
        Legal.merge(duplicate, survivor);
        String merged = lawyer().body(inquiry(shift, duplicate, "[\"IMMIGRATION\"]", null, "NO")).post("/legal-aid/inquiries")
                .then().statusCode(201).body("clientCode", is(survivor)).extract().path("id");

        lawyer().queryParam("shiftId", shift).get("/legal-aid/inquiries").then().statusCode(200).body("total", is(3));
        lawyer().queryParam("clientCode", duplicate).get("/legal-aid/inquiries").then().body("items.id", contains(merged));
        lawyer().queryParam("clientCode", code).get("/legal-aid/inquiries").then().body("items.id", contains(named));
    }

    @Test
    void refusesWhatIsNotAnInquiry() {
        String shift = newShift();
        lawyer().body(inquiry(shift, "ZZZZZZZZZZ", "[\"FAMILY\"]", null, "YES")).post("/legal-aid/inquiries").then().statusCode(422)
                .body("errors[0].field", is("clientCode"));
        lawyer().body(inquiry(shift, "Kari Nordmann", "[\"FAMILY\"]", null, "YES")).post("/legal-aid/inquiries").then().statusCode(400)
                .body("errors[0].field", is("clientCode"));
        lawyer().body(inquiry(shift, null, "[\"CRIMINAL\"]", null, "YES")).post("/legal-aid/inquiries").then().statusCode(400)
                .body("errors[0].field", is("criminalSubAreas"));
        lawyer().body(inquiry(shift, null, "[\"FAMILY\"]", "[\"THEFT\"]", "YES")).post("/legal-aid/inquiries").then().statusCode(400)
                .body("errors[0].field", is("criminalSubAreas"));
        lawyer().body(inquiry(shift, null, "[\"TAXES\"]", null, "YES")).post("/legal-aid/inquiries").then().statusCode(400)
                .body("errors[0].field", is("areas[0]"));
        lawyer().body(inquiry(shift, null, "[]", null, "YES")).post("/legal-aid/inquiries").then().statusCode(400)
                .body("errors[0].field", is("areas"));
        lawyer().body(inquiry(shift, null, "[\"FAMILY\"]", null, "MAYBE")).post("/legal-aid/inquiries").then().statusCode(400)
                .body("errors[0].field", is("wouldNotOtherwiseHaveSoughtLawyer"));
        lawyer().body(inquiry(shift, null, "[\"FAMILY\"]", null, "YES").replace("}", ",\"name\":\"Kari\"}")).post("/legal-aid/inquiries")
                .then().statusCode(400).body("errors[0].field", is("name"));
        lawyer().body(inquiry(shift, null, "[\"FAMILY\"]", null, "YES").replace(shift, UUID.randomUUID().toString()))
                .post("/legal-aid/inquiries").then().statusCode(422).body("errors[0].field", is("shiftId"));
        // not on the shift's day, or in the future
        lawyer().body(inquiry(shift, null, "[\"FAMILY\"]", null, "YES").replaceAll("(\\d{4}-\\d{2}-\\d{2})T", "2000-01-01T"))
                .post("/legal-aid/inquiries").then().statusCode(400).body("errors[0].field", is("occurredAt"));
        lawyer().body(inquiry(shift, null, "[\"FAMILY\"]", null, "YES").replaceAll("\"occurredAt\":\"[^\"]*\"",
                "\"occurredAt\":\"" + Instant.now().plus(3, ChronoUnit.HOURS) + "\"")).post("/legal-aid/inquiries").then().statusCode(400)
                .body("errors[0].field", is("occurredAt"));
        // a cancelled shift, and a shift where nobody came, take no inquiries
        String cancelled = newShift();
        Legal.coordinator().body("{\"reason\":\"LAWYER_ILL\"}").post("/legal-aid/shifts/" + cancelled + "/cancel").then().statusCode(200);
        lawyer().body(inquiry(cancelled, null, "[\"FAMILY\"]", null, "YES")).post("/legal-aid/inquiries").then().statusCode(409)
                .body("errors[0].field", is("shiftId"));
        lawyer().queryParam("shiftId", shift).get("/legal-aid/inquiries").then().body("total", is(0));
    }

    @Test
    void aLawyerMustBeOnTheRoster() {
        String shift = newShift();
        Legal.lawyerWithSubject("not-on-roster-" + UUID.randomUUID()).body(inquiry(shift, null, "[\"FAMILY\"]", null, "YES"))
                .post("/legal-aid/inquiries").then().statusCode(403).body("errors[0].field", is("subject"));
        lawyer().queryParam("shiftId", shift).get("/legal-aid/inquiries").then().body("total", is(0));
    }

    @Test
    void voidsWithAReasonAfterItsCases() {
        String shift = newShift();
        String id = Legal.newInquiry(shift);
        String caseId = lawyer().body("{\"inquiryId\":\"" + id + "\",\"area\":\"FAMILY\"}").post("/legal-aid/cases").then().statusCode(201).extract().path("id");
        lawyer().body("{\"reason\":\"wrong shift\"}").post("/legal-aid/inquiries/" + id + "/void").then().statusCode(409);
        lawyer().body("{\"reason\":\"wrong shift\"}").post("/legal-aid/cases/" + caseId + "/void").then().statusCode(200).body("voided", is(true));
        lawyer().body("{\"reason\":\"\"}").post("/legal-aid/inquiries/" + id + "/void").then().statusCode(400).body("errors[0].field", is("reason"));
        lawyer().body("{\"reason\":\"call 41234567\"}").post("/legal-aid/inquiries/" + id + "/void").then().statusCode(400);
        lawyer().body("{\"reason\":\"wrong shift\"}").post("/legal-aid/inquiries/" + id + "/void").then().statusCode(200)
                .body("voided", is(true)).body("voidReason", is("wrong shift"));
        lawyer().body("{\"reason\":\"again\"}").post("/legal-aid/inquiries/" + id + "/void").then().statusCode(409);
        lawyer().queryParam("shiftId", shift).get("/legal-aid/inquiries").then().body("total", is(0));
        lawyer().queryParam("shiftId", shift).queryParam("includeVoided", "true").get("/legal-aid/inquiries").then()
                .body("items.voided", everyItem(is(true)));
        lawyer().body("{\"inquiryId\":\"" + id + "\",\"area\":\"FAMILY\"}").post("/legal-aid/cases").then().statusCode(409)
                .body("errors[0].field", is("inquiryId"));
    }

    @Test
    void everyReadIsInTheAuditLog() {
        String shift = newShift();
        String id = Legal.newInquiry(shift);
        String from = Instant.now().atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate().minusDays(1).toString();
        String to = Instant.now().atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate().plusDays(1).toString();
        admin().queryParam("from", from).queryParam("to", to).queryParam("resourceId", id).get("/legal-aid/audit").then().body("total", is(0));
        lawyer().get("/legal-aid/inquiries/" + id).then().statusCode(200);
        lawyer().queryParam("shiftId", shift).get("/legal-aid/inquiries").then().statusCode(200);
        admin().queryParam("from", from).queryParam("to", to).queryParam("resourceId", id).get("/legal-aid/audit").then().statusCode(200)
                .body("total", is(2)).body("items.action", everyItem(is("READ"))).body("items.resource", everyItem(is("legal-inquiry")))
                .body("items.actor", everyItem(is("user-lawyer"))).body("items.roles", everyItem(is("lawyer")));
        // refused reads leave the record unread
        Legal.coordinator().get("/legal-aid/inquiries/" + id).then().statusCode(403);
        admin().get("/legal-aid/inquiries/" + id).then().statusCode(403);
        admin().queryParam("from", from).queryParam("to", to).queryParam("resourceId", id).get("/legal-aid/audit").then().body("total", is(2));
    }
}
