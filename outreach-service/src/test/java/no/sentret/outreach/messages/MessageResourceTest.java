package no.sentret.outreach.messages;

import static no.sentret.outreach.Api.newClient;
import static no.sentret.outreach.Api.outreach;
import static no.sentret.outreach.Api.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.sentret.outreach.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class MessageResourceTest {

    static String message(String who, String at) {
        return outreach().body("{\"channel\":\"WHATSAPP\",\"direction\":\"INBOUND\",\"occurredAt\":\"" + at
                        + "\",\"language\":\"es\",\"topics\":[\"HEALTH\",\"VIOLENCE\"]," + who + "}")
                .post("/outreach/messages").then().statusCode(201).extract().path("id");
    }

    static String pseudonym() {
        return "conv-" + no.sentret.outreach.Api.tag();
    }

    @Test
    void recordsUnderAClientCodeAndListsByClientAndPeriod() {
        String code = newClient();
        String first = message("\"clientCode\":\"" + code.toLowerCase() + "\"", "2021-03-01T21:00:00Z");
        String second = staff().body("{\"channel\":\"SMS\",\"direction\":\"OUTBOUND\",\"topics\":[\"CENTRE_INFORMATION\"],\"clientCode\":\""
                + code + "\",\"occurredAt\":\"2021-03-04T10:00:00Z\"}").post("/outreach/messages").then().statusCode(201)
                .body("clientCode", is(code)).body("conversation", nullValue()).extract().path("id");
        outreach().get("/outreach/messages/" + first).then().statusCode(200)
                .body("clientCode", is(code)).body("channel", is("WHATSAPP")).body("topics", contains("HEALTH", "VIOLENCE"))
                .body("occurredAt", is("2021-03-01T21:00:00Z")).body("language", is("es"));
        outreach().queryParam("clientCode", code).get("/outreach/messages").then().statusCode(200).body("items.id", contains(first, second));
        outreach().queryParam("clientCode", code).queryParam("from", "2021-03-02").queryParam("to", "2021-03-31")
                .get("/outreach/messages").then().body("items.id", contains(second));
        outreach().get("/outreach/messages").then().statusCode(400).body("errors[0].field", is("from"));
    }

    @Test
    void aMergedCodeIsStoredAsItsSurvivorAndAnUnknownCodeIs422() {
        String survivor = newClient();
        String duplicate = newClient();
        Api.merge(duplicate, survivor);
        outreach().body("{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"topics\":[\"LEGAL\"],\"clientCode\":\"" + duplicate + "\"}")
                .post("/outreach/messages").then().statusCode(201).body("clientCode", is(survivor));
        outreach().body("{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"topics\":[\"LEGAL\"],\"clientCode\":\"ZZZZZZZZZZ\"}")
                .post("/outreach/messages").then().statusCode(422).body("errors[0].field", is("clientCode"));
    }

    @Test
    void aConversationLinkedLaterBecomesTheClients() {
        String code = newClient();
        String name = pseudonym();
        String a = message("\"conversation\":\"" + name + "\"", "2021-04-01T20:00:00Z");
        String voided = message("\"conversation\":\"" + name.toUpperCase() + "\"", "2021-04-02T20:00:00Z");
        outreach().body("{\"reason\":\"wrong conversation\"}").post("/outreach/messages/" + voided + "/void").then().statusCode(200);
        outreach().get("/outreach/messages/" + a).then().body("clientCode", nullValue()).body("conversation", is(name));
        outreach().get("/outreach/conversations/" + name + "/messages").then().statusCode(200).body("id", contains(a));

        outreach().body("{\"clientCode\":\"" + code + "\"}").post("/outreach/conversations/" + name + "/link").then().statusCode(200)
                .body("clientCode", is(code)).body("messagesLinked", is(1));
        outreach().get("/outreach/messages/" + a).then().body("clientCode", is(code));
        // later messages of the conversation are the client's at once
        String later = message("\"conversation\":\"" + name + "\"", "2021-04-05T20:00:00Z");
        outreach().get("/outreach/messages/" + later).then().body("clientCode", is(code));
        outreach().queryParam("clientCode", code).get("/outreach/messages").then().body("items.id", containsInAnyOrder(a, later));
        // linking again to the same client changes nothing; to another is a conflict
        outreach().body("{\"clientCode\":\"" + code + "\"}").post("/outreach/conversations/" + name + "/link").then().statusCode(200)
                .body("messagesLinked", is(0));
        outreach().body("{\"clientCode\":\"" + newClient() + "\"}").post("/outreach/conversations/" + name + "/link").then().statusCode(409)
                .body("errors[0].field", is("clientCode"));
        outreach().body("{\"clientCode\":\"" + code + "\"}").post("/outreach/conversations/nobody-" + name + "/link").then().statusCode(404);
        outreach().body("{\"clientCode\":\"ZZZZZZZZZZ\"}").post("/outreach/conversations/" + name + "/link").then().statusCode(422)
                .body("errors[0].field", is("clientCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"@maria_92", "wa.me/4791234567", "+47 912 34 567", "91234567", "maria@example.com", "instagram.com/maria",
            "912-34-567", "12345678901"})
    void aHandleOrNumberAsPseudonymIsRefusedAndNothingStored(String handle) {
        String before = outreach().queryParam("from", "2020-01-01").queryParam("to", "2030-12-31").get("/outreach/messages")
                .then().extract().path("total").toString();
        outreach().body("{\"channel\":\"WHATSAPP\",\"direction\":\"INBOUND\",\"topics\":[\"OTHER\"],\"conversation\":\"" + handle + "\"}")
                .post("/outreach/messages").then().statusCode(400).body("errors[0].field", is("conversation"))
                .body("detail", not(containsString(handle)));
        outreach().body("{\"channel\":\"WHATSAPP\",\"direction\":\"INBOUND\",\"topics\":[\"OTHER\"],\"clientCode\":\"" + handle + "\"}")
                .post("/outreach/messages").then().statusCode(400).body("errors[0].field", is("clientCode"));
        outreach().queryParam("from", "2020-01-01").queryParam("to", "2030-12-31").get("/outreach/messages")
                .then().body("total", is(Integer.parseInt(before)));
    }

    @Test
    void refusesBadInput() {
        String code = newClient();
        String ok = "\"direction\":\"INBOUND\",\"topics\":[\"HEALTH\"],\"clientCode\":\"" + code + "\"";
        outreach().body("{\"channel\":\"TELEGRAM\"," + ok + "}").post("/outreach/messages").then().statusCode(400)
                .body("errors[0].field", is("channel"));
        outreach().body("{\"channel\":\"SMS\",\"direction\":\"INBOUND\",\"topics\":[\"TAXES\"],\"clientCode\":\"" + code + "\"}")
                .post("/outreach/messages").then().statusCode(400).body("errors[0].field", is("topics[0]"));
        outreach().body("{\"channel\":\"SMS\",\"direction\":\"INBOUND\",\"topics\":[\"HEALTH\"]}")
                .post("/outreach/messages").then().statusCode(400).body("errors[0].field", is("conversation"));
        outreach().body("{\"channel\":\"SMS\"," + ok + ",\"conversation\":\"rosa\"}")
                .post("/outreach/messages").then().statusCode(400).body("errors[0].field", is("clientCode"));
        outreach().body("{\"channel\":\"SMS\"," + ok + ",\"language\":\"Spanish\"}")
                .post("/outreach/messages").then().statusCode(400).body("errors[0].field", is("language"));
        outreach().body("{\"channel\":\"SMS\"," + ok + ",\"occurredAt\":\"" + Instant.now().plus(3, ChronoUnit.HOURS) + "\"}")
                .post("/outreach/messages").then().statusCode(400).body("errors[0].field", is("occurredAt"));
        outreach().body("{\"channel\":\"SMS\"," + ok + ",\"phone\":\"91234567\"}")
                .post("/outreach/messages").then().statusCode(400).body("errors[0].field", is("phone"));
        outreach().queryParam("clientCode", code).get("/outreach/messages").then().body("total", is(0));
    }
}
