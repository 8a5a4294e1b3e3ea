package no.sentret.outreach.shifts;

import static no.sentret.outreach.Api.outreach;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StreetShiftAndAssignmentTest {

    static final String SHIFT = "{\"occurredAt\":\"2022-05-06T22:00:00+02:00\",\"endedAt\":\"2022-05-07T02:00:00+02:00\",\"district\":\"SENTRUM\","
            + "\"workers\":2,\"contacts\":14,\"handOuts\":[{\"kind\":\"CONDOMS\",\"quantity\":120},{\"kind\":\"LUBE\",\"quantity\":60},"
            + "{\"kind\":\"INFORMATION_LEAFLETS\",\"language\":\"ro\",\"quantity\":10}]}";

    @Test
    void recordsAndListsStreetShifts() {
        String id = outreach().body(SHIFT).post("/outreach/street-shifts").then().statusCode(201)
                .body("handOuts.kind", contains("CONDOMS", "LUBE", "INFORMATION_LEAFLETS")).extract().path("id");
        outreach().get("/outreach/street-shifts/" + id).then().statusCode(200).body("contacts", is(14)).body("handOuts[2].language", is("ro"))
                .body("handOuts[0].quantity", is(120)).body("occurredAt", is("2022-05-06T20:00:00Z"));
        outreach().queryParam("from", "2022-05-06").queryParam("to", "2022-05-06").get("/outreach/street-shifts").then().statusCode(200)
                .body("id", hasItem(id));
        outreach().queryParam("from", "2022-05-07").queryParam("to", "2022-05-07").get("/outreach/street-shifts").then().statusCode(200)
                .body("id", not(hasItem(id)));
        outreach().get("/outreach/street-shifts").then().statusCode(400).body("errors[0].field", is("from"));
    }

    @Test
    void refusesBadShifts() {
        outreach().body(SHIFT.replace("SENTRUM", "Karl Johans gate 1")).post("/outreach/street-shifts").then().statusCode(400)
                .body("errors[0].field", is("district"));
        outreach().body(SHIFT.replace("2022-05-07T02:00", "2022-05-06T21:00")).post("/outreach/street-shifts").then().statusCode(400)
                .body("errors[0].field", is("endedAt"));
        outreach().body(SHIFT.replace("\"quantity\":120", "\"quantity\":0")).post("/outreach/street-shifts").then().statusCode(400)
                .body("errors[0].field", is("handOuts[0].quantity"));
        outreach().body(SHIFT.replace("{\"kind\":\"LUBE\",\"quantity\":60}", "{\"kind\":\"CONDOMS\",\"quantity\":60}"))
                .post("/outreach/street-shifts").then().statusCode(400).body("errors[0].field", is("handOuts[1].kind"));
        outreach().body(SHIFT.replace("\"workers\":2", "\"workers\":0")).post("/outreach/street-shifts").then().statusCode(400)
                .body("errors[0].field", is("workers"));
    }

    @Test
    void contactsMayNameClientCodesThroughTheClientDirectory() {
        String code = no.sentret.outreach.Api.newClient();
        String survivor = no.sentret.outreach.Api.newClient();
        String duplicate = no.sentret.outreach.Api.newClient();
        no.sentret.outreach.Api.merge(duplicate, survivor);
        String id = outreach().body(SHIFT.replace("]}", "],\"clientCodes\":[\"" + code.toLowerCase() + "\",\"" + duplicate + "\"]}"))
                .post("/outreach/street-shifts").then().statusCode(201).body("clientCodes", contains(code, survivor)).extract().path("id");
        outreach().get("/outreach/street-shifts/" + id).then().body("clientCodes", contains(code, survivor)).body("contacts", is(14));
        outreach().body(SHIFT).post("/outreach/street-shifts").then().statusCode(201).body("clientCodes", org.hamcrest.Matchers.empty());
    }

    @Test
    void refusesUnknownRepeatedOrTooManyClientCodesAndStoresNothing() {
        String code = no.sentret.outreach.Api.newClient();
        String survivor = no.sentret.outreach.Api.newClient();
        String duplicate = no.sentret.outreach.Api.newClient();
        no.sentret.outreach.Api.merge(duplicate, survivor);
        String day = "{\"occurredAt\":\"2021-02-05T22:00:00+01:00\",\"endedAt\":\"2021-02-06T01:00:00+01:00\",\"district\":\"ALNA\","
                + "\"workers\":2,\"contacts\":2,\"handOuts\":[],\"clientCodes\":";
        int before = outreach().queryParam("from", "2021-02-05").queryParam("to", "2021-02-05").get("/outreach/street-shifts")
                .then().extract().path("size()");
        outreach().body(day + "[\"" + code + "\",\"ZZZZZZZZZZ\"]}").post("/outreach/street-shifts").then().statusCode(422)
                .body("errors[0].field", is("clientCodes[1]"));
        outreach().body(day + "[\"" + code + "\",\"01019012345\"]}").post("/outreach/street-shifts").then().statusCode(400)
                .body("errors[0].field", is("clientCodes[1]")).body(not(org.hamcrest.Matchers.containsString("01019012345")));
        outreach().body(day + "[\"" + survivor + "\",\"" + duplicate + "\"]}").post("/outreach/street-shifts").then().statusCode(400)
                .body("errors[0].field", is("clientCodes[1]"));
        outreach().body(day + "[\"" + code + "\",\"" + survivor + "\",\"" + duplicate + "\"]}").post("/outreach/street-shifts").then()
                .statusCode(400).body("errors[0].field", is("clientCodes"));
        outreach().body(day + "[null]}").post("/outreach/street-shifts").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("clientCodes"));
        outreach().queryParam("from", "2021-02-05").queryParam("to", "2021-02-05").get("/outreach/street-shifts").then()
                .body("size()", is(before));
    }

    @Test
    void recordsAssignmentsAndRefusesBadOnes() {
        String body = "{\"occurredAt\":\"2022-03-10T09:00:00+01:00\",\"kind\":\"SCHOOL_CLASS\",\"audience\":\"SCHOOL\",\"participants\":28,"
                + "\"concernsYoungPeople\":true}";
        String id = outreach().body(body).post("/outreach/assignments").then().statusCode(201).body("kind", is("SCHOOL_CLASS"))
                .extract().path("id");
        outreach().get("/outreach/assignments/" + id).then().statusCode(200).body("participants", is(28)).body("concernsYoungPeople", is(true));
        outreach().queryParam("from", "2022-03-10").queryParam("to", "2022-03-10").get("/outreach/assignments").then().body("id", hasItem(id));
        outreach().body(body.replace("SCHOOL_CLASS", "PODCAST")).post("/outreach/assignments").then().statusCode(400)
                .body("errors[0].field", is("kind"));
        outreach().body(body.replace(",\"concernsYoungPeople\":true", "")).post("/outreach/assignments").then().statusCode(400)
                .body("errors[0].field", is("concernsYoungPeople"));
        outreach().body(body.replace("\"occurredAt\":\"2022-03-10T09:00:00+01:00\",", "")).post("/outreach/assignments").then().statusCode(400)
                .body("errors[0].field", is("occurredAt"));
    }
}
