package no.sentret.visit.retries;

import static no.sentret.visit.Api.newClient;
import static no.sentret.visit.Api.staff;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.sentret.infra.testing.TestTokens;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import org.junit.jupiter.api.Test;

/** Safe retries through the kit's Idempotency-Key handling (sentret-idempotency), on visit-service's POSTs. */
@QuarkusTest
class IdempotencyKeyTest {

    private static String visit(String code) {
        return "{\"clientCode\":\"" + code + "\",\"activities\":[\"MEAL\"]}";
    }

    private static List<Received> visitsRecordedFor(String code, int expected) {
        try (TopicReader topic = new TopicReader("visit-events")) {
            return topic.await(r -> code.equals(r.key()) && r.type().equals("VisitRecorded"), expected,
                    Duration.ofSeconds(30), Duration.ofSeconds(2));
        }
    }

    @Test
    void theSameKeyAndBodyAgainGetTheFirstAnswerAndRecordNothingNew() {
        String code = newClient();
        String key = UUID.randomUUID().toString();
        Response first = staff().header("Idempotency-Key", key).body(visit(code)).post("/visits");
        first.then().statusCode(201);
        Response again = staff().header("Idempotency-Key", key).body(visit(code)).post("/visits");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", is(first.path("id").toString()));
        List<Received> recorded = visitsRecordedFor(code, 1);
        assertEquals(1, recorded.size(), "one visit, one event: " + recorded);
        assertEquals(first.path("id").toString(), recorded.get(0).envelope().path("payload").path("id").asText());
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedNamingTheHeader() {
        String code = newClient();
        String key = UUID.randomUUID().toString();
        staff().header("Idempotency-Key", key).body(visit(code)).post("/visits").then().statusCode(201);
        staff().header("Idempotency-Key", key).body("{\"clientCode\":\"" + code + "\",\"activities\":[\"SHOWER\"]}")
                .post("/visits").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("Idempotency-Key"));
        assertEquals(1, visitsRecordedFor(code, 1).size(), "the refused request recorded nothing");
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeaderAndWritesNothing() {
        String code = newClient();
        staff().header("Idempotency-Key", "not a key; drop table").body(visit(code)).post("/visits").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("Idempotency-Key"));
        staff().header("Idempotency-Key", "k".repeat(65)).body(visit(code)).post("/visits").then()
                .statusCode(400).body("errors[0].field", is("Idempotency-Key"));
        assertEquals(0, visitsRecordedFor(code, 1).size(), "nothing recorded");
    }

    @Test
    void aKeyIsTheCallersOwn() {
        String code = newClient();
        String key = UUID.randomUUID().toString();
        String mine = staff().header("Idempotency-Key", key).body(visit(code)).post("/visits")
                .then().statusCode(201).extract().path("id");
        String theirs = TestTokens.withSubject("another-front-desk-worker", "kari", "staff")
                .header("Idempotency-Key", key).body(visit(code)).post("/visits")
                .then().statusCode(201).extract().path("id");
        assertEquals(2, Set.of(mine, theirs).size(), "another user's request with the same key is its own");
    }

    @Test
    void aConnectionLostAfterTheCommitIsRetriedWithoutASecondVisit() throws Exception {
        String code = newClient();
        String key = UUID.randomUUID().toString();
        String body = visit(code);
        String token = TestTokens.accessToken("user-staff", "staff");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // the tablet sends the visit; the centre's wifi drops after the visit committed, before the answer arrives
        List<Received> first;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /visits HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + key
                    + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            first = visitsRecordedFor(code, 1); // proof of the commit (its event was published)
        } // closed unread: the answer is lost
        assertEquals(1, first.size(), "the first attempt was recorded");
        String retried = staff().header("Idempotency-Key", key).body(body).post("/visits").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first.get(0).envelope().path("payload").path("id").asText(), retried, "the retry answers with the first visit");
        assertEquals(1, visitsRecordedFor(code, 1).size(), "one visit, one event");
    }
}
