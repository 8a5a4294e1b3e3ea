package no.sentret.legal.summary;

import no.sentret.infra.testing.TestTraces;
import static no.sentret.legal.Legal.admin;
import static no.sentret.legal.Legal.coordinator;
import static no.sentret.legal.Legal.lawyer;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.sentret.legal.Legal;
import org.junit.jupiter.api.Test;

/** The coordinator's counts for a period: exact on prepared data, voids left out, no client code, an audited read. */
@QuarkusTest
class SummaryTest {

    private static String open(String inquiry, String area, String subArea) {
        return lawyer().body("{\"inquiryId\":\"" + inquiry + "\",\"area\":\"" + area + "\"" + (subArea == null ? "" : ",\"subArea\":\"" + subArea + "\"") + "}")
                .post("/legal-aid/cases").then().statusCode(201).extract().path("id");
    }

    private static long openNow() {
        return coordinator().queryParam("from", "2001-01-01").queryParam("to", "2001-01-01").get("/legal-aid/summary")
                .then().statusCode(200).extract().jsonPath().getLong("openCasesNow");
    }

    @Test
    void countsThePeriodByCategory() {
        long openBefore = openNow();
        LocalDate from = Legal.days(5);
        LocalDate to = from.plusDays(4);
        String lawyerId = Legal.kitLawyerId();
        String substitute = Legal.newLawyer("summary-sub-" + UUID.randomUUID(), "SUBSTITUTE");
        String held = Legal.newShift(from, lawyerId);
        String nobody = Legal.newShift(from.plusDays(1), lawyerId);
        String cancelled = Legal.newShift(from.plusDays(2), lawyerId);
        Legal.newShift(from.plusDays(3), lawyerId);
        coordinator().body("{\"lawyerId\":\"" + substitute + "\"}").post("/legal-aid/shifts/" + held + "/substitute").then().statusCode(200);
        String code = Legal.newClient();
        String named = Legal.newInquiry(held, code, "[\"CRIMINAL\",\"FAMILY\"]", "[\"SEXUAL_VIOLENCE\"]");
        String anonymous = lawyer().body(Legal.inquiry(held, null, "[\"HOUSING_AND_TENANCY\"]", null, "NO")).post("/legal-aid/inquiries")
                .then().statusCode(201).extract().path("id");
        String voided = lawyer().body(Legal.inquiry(held, null, "[\"FINANCES\"]", null, "NOT_ASKED")).post("/legal-aid/inquiries")
                .then().statusCode(201).extract().path("id");
        String referred = open(named, "CRIMINAL", "SEXUAL_VIOLENCE");
        String resolved = open(named, "FAMILY", null);
        open(anonymous, "HOUSING_AND_TENANCY", null);
        String mistake = open(named, "FINANCES", null);
        lawyer().body("{\"outcome\":\"REFERRED\",\"referredTo\":\"POLICE\",\"closedOn\":\"" + from.plusDays(1) + "\"}")
                .post("/legal-aid/cases/" + referred + "/close").then().statusCode(200);
        lawyer().body("{\"outcome\":\"RESOLVED_ON_SITE\",\"closedOn\":\"" + from + "\"}").post("/legal-aid/cases/" + resolved + "/close").then().statusCode(200);
        lawyer().body("{\"reason\":\"opened twice\"}").post("/legal-aid/cases/" + mistake + "/void").then().statusCode(200);
        lawyer().body("{\"reason\":\"recorded twice\"}").post("/legal-aid/inquiries/" + voided + "/void").then().statusCode(200);
        lawyer().post("/legal-aid/shifts/" + held + "/held").then().statusCode(200);
        lawyer().post("/legal-aid/shifts/" + nobody + "/nobody-came").then().statusCode(200);
        coordinator().body("{\"reason\":\"PUBLIC_HOLIDAY\"}").post("/legal-aid/shifts/" + cancelled + "/cancel").then().statusCode(200);

        TestTraces.Trace trace = TestTraces.fresh();
        Response r = coordinator().queryParam("from", from.toString()).queryParam("to", to.toString()).header("traceparent", trace.traceParent())
                .get("/legal-aid/summary");
        r.then().statusCode(200).body("from", is(from.toString())).body("to", is(to.toString()));
        var json = r.jsonPath();
        assertEquals(Map.of("PLANNED", 1, "HELD", 1, "HELD_NOBODY_CAME", 1, "CANCELLED", 1), json.getMap("shiftsByStatus"));
        assertEquals(1, json.getInt("shiftsBySubstitute"));
        assertEquals(2, json.getInt("inquiries"));
        assertEquals(1, json.getInt("anonymousInquiries"));
        assertEquals(Map.of("YES", 1, "NO", 1, "NOT_ASKED", 0), json.getMap("wouldNotOtherwiseHaveSoughtLawyer"));
        assertEquals(3, json.getInt("casesOpened"));
        assertEquals(Map.of("CRIMINAL", 1, "FAMILY", 1, "IMMIGRATION", 0, "HOUSING_AND_TENANCY", 1, "FINANCES", 0, "OTHER", 0), json.getMap("casesByArea"));
        assertEquals(Map.of("OPEN", 1, "RESOLVED_ON_SITE", 1, "REFERRED", 1), json.getMap("casesByOutcome"));
        assertEquals(Map.of("LEGAL_AID_OFFICE", 0, "POLICE", 1, "PRIVATE_LAWYER", 0, "IMMIGRATION_AUTHORITY", 0, "OTHER", 0), json.getMap("casesReferredTo"));
        assertEquals(openBefore + 1, json.getLong("openCasesNow"));
        assertFalse(r.asString().contains(code), "a client code in the summary");

        // a correction moves the count: the nobody-came shift was really held
        coordinator().body("{\"status\":\"HELD\",\"reason\":\"marked by mistake\"}").post("/legal-aid/shifts/" + nobody + "/correct-outcome")
                .then().statusCode(200);
        lawyer().queryParam("from", from.toString()).queryParam("to", to.toString()).get("/legal-aid/summary").then().statusCode(200)
                .body("shiftsByStatus.HELD", is(2)).body("shiftsByStatus.HELD_NOBODY_CAME", is(0));

        // the read is audited under the period, with its request's trace id
        admin().queryParam("requestId", trace.traceId()).get("/legal-aid/audit").then().statusCode(200)
                .body("total", is(1)).body("items[0].resource", is("legal-summary")).body("items[0].resourceId", is(from + ".." + to));
    }

    @Test
    void thePeriodIsRequiredAndBounded() {
        coordinator().get("/legal-aid/summary").then().statusCode(400).body("errors[0].field", is("from"));
        coordinator().queryParam("from", "2001-01-01").queryParam("to", "2003-01-01").get("/legal-aid/summary").then().statusCode(400)
                .body("errors[0].field", is("to"));
        coordinator().queryParam("from", "2001-02-01").queryParam("to", "2001-01-01").get("/legal-aid/summary").then().statusCode(400)
                .body("errors[0].field", is("to"));
        coordinator().queryParam("from", "2001-1-1").queryParam("to", "2001-01-31").get("/legal-aid/summary").then().statusCode(400)
                .body("errors[0].field", is("from"));
    }
}
