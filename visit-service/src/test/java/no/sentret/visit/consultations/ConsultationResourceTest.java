package no.sentret.visit.consultations;

import static no.sentret.visit.Api.admin;
import static no.sentret.visit.Api.newClient;
import static no.sentret.visit.Api.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsultationResourceTest {

    private static String consult(String code, String at, String kind) {
        return staff().body("{\"clientCode\":\"" + code + "\",\"at\":\"" + at + "\",\"kind\":\"" + kind
                        + "\",\"topics\":[\"HOUSING\",\"ECONOMY\"]}").post("/social-consultations")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void recordsAndListsByClientAndByPeriod() {
        String code = newClient();
        String first = consult(code, "2021-06-01T09:00:00Z", "CONSULTATION");
        String second = consult(code, "2021-06-03T09:00:00Z", "FOLLOW_UP");
        staff().get("/social-consultations/" + first).then().statusCode(200)
                .body("clientCode", is(code)).body("kind", is("CONSULTATION")).body("topics", contains("HOUSING", "ECONOMY"));
        staff().queryParam("clientCode", code).get("/social-consultations").then().statusCode(200)
                .body("items.id", contains(first, second));
        staff().queryParam("clientCode", code).queryParam("from", "2021-06-02").queryParam("to", "2021-06-30")
                .get("/social-consultations").then().statusCode(200).body("items.id", contains(second));
        staff().get("/social-consultations").then().statusCode(400).body("errors[0].field", is("from"));
    }

    @Test
    void voidingAndMergedCodes() {
        String survivor = newClient();
        String duplicate = newClient();
        String id = consult(duplicate, "2021-06-05T09:00:00Z", "EMERGENCY");
        admin().body("{\"survivingCode\":\"" + survivor + "\"}").post("/clients/" + duplicate + "/merge").then().statusCode(200);
        staff().queryParam("clientCode", survivor).get("/social-consultations").then().body("items.id", contains(id));
        staff().body("{\"reason\":\"wrong client\"}").post("/social-consultations/" + id + "/void").then().statusCode(200)
                .body("voided", is(true));
        staff().queryParam("clientCode", survivor).get("/social-consultations").then().body("total", is(0));
        staff().queryParam("clientCode", survivor).queryParam("includeVoided", "true").get("/social-consultations").then()
                .body("items.id", contains(id));
    }

    @Test
    void refusesBadInput() {
        String code = newClient();
        staff().body("{\"at\":\"2021-06-01T09:00:00Z\",\"kind\":\"CONSULTATION\",\"topics\":[\"HOUSING\"]}")
                .post("/social-consultations").then().statusCode(400).body("errors[0].field", is("clientCode"));
        staff().body("{\"clientCode\":\"" + code + "\",\"kind\":\"CHAT\",\"topics\":[\"HOUSING\"]}")
                .post("/social-consultations").then().statusCode(400).body("errors[0].field", is("kind"));
        staff().body("{\"clientCode\":\"" + code + "\",\"kind\":\"CONSULTATION\",\"topics\":[\"TAXES\"]}")
                .post("/social-consultations").then().statusCode(400).body("errors[0].field", is("topics[0]"));
        staff().body("{\"clientCode\":\"" + code + "\",\"kind\":\"CONSULTATION\",\"topics\":[\"HOUSING\"],\"occurredAt\":\""
                        + Instant.now().plus(3, ChronoUnit.HOURS) + "\"}")
                .post("/social-consultations").then().statusCode(400).body("errors[0].field", is("occurredAt"));
        staff().body("{\"clientCode\":\"ZZZZZZZZZZ\",\"kind\":\"CONSULTATION\",\"topics\":[\"HOUSING\"]}")
                .post("/social-consultations").then().statusCode(422).body("errors[0].field", is("clientCode"));
        staff().body("{\"clientCode\":\"" + code + "\",\"kind\":\"CONSULTATION\",\"topics\":[\"HOUSING\"],\"note\":\"x\"}")
                .post("/social-consultations").then().statusCode(400).body("errors[0].field", is("note"));
        staff().queryParam("clientCode", code).get("/social-consultations").then().body("total", is(0));
    }
}
