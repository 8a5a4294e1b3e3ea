package no.sentret.visit.retries;

import static no.sentret.visit.Api.newClient;
import static no.sentret.visit.Api.staff;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jakarta.inject.Inject;
import no.sentret.infra.testing.TestTokens;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import org.junit.jupiter.api.Test;

/** Safe retries through the kit's Idempotency-Key handling (sentret-idempotency), on visit-service's POSTs. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    AgroalDataSource db;

    private static String visit(String code) {
        return "{\"clientCode\":\"" + code + "\",\"activities\":[\"MEAL\"]}";
    }

    private static List<Received> visitsRecordedFor(String code, int expected) {
        try (TopicReader topic = new TopicReader("visit-events")) {
            return topic.await(r -> code.equals(r.key()) && r.type().equals("VisitRecorded"), expected,
                    Duration.ofSeconds(30), Duration.ofSeconds(2));
        }
    }

    /**
     * A visit recorded after the requests under test, as proof that nothing else came of them: the outbox publishes
     * in commit order and a client's events share a partition, so what those requests wrote would arrive before it.
     * No waiting for a timeout to show that nothing came.
     */
    private static String marker(String code) {
        return staff().body(visit(code)).post("/visits").then().statusCode(201).extract().path("id");
    }

    private static List<String> visitIds(List<Received> recorded) {
        return recorded.stream().map(r -> r.envelope().path("payload").path("id").asText()).toList();
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
        assertEquals(List.of(first.path("id").toString()), visitIds(recorded));
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
        String marker = marker(code);
        assertEquals(List.of(marker), visitIds(visitsRecordedFor(code, 1)), "nothing recorded before the marker");
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
        assertEquals(visitIds(first).get(0), retried, "the retry answers with the first visit");
        assertEquals(1, visitsRecordedFor(code, 1).size(), "one visit, one event");
    }

    /**
     * The service dies after the visit committed and before its answer was kept (kill -9 in that
     * moment; here the answer's update is refused by a trigger, which leaves the table as the crash
     * would). Once the claim counts as abandoned, the tablet's retry must not record a second visit.
     */
    @Test
    void aRetryAfterTheServiceDiedBetweenTheCommitAndKeepingTheAnswerRecordsNoSecondVisit() throws Exception {
        String code = newClient();
        String key = "died-after-commit-" + UUID.randomUUID();
        String body = visit(code);
        sql("create or replace function test_answer_lost() returns trigger language plpgsql as $$ begin"
                + " if new.key like 'died-after-commit-%' and new.status >= 100 then raise exception 'the process is gone'; end if;"
                + " return new; end $$");
        sql("create or replace trigger test_answer_lost before update on idempotency_key for each row execute function test_answer_lost()");
        try {
            staff().header("Idempotency-Key", key).body(body).post("/visits").then().statusCode(201);
        } finally {
            sql("drop trigger test_answer_lost on idempotency_key");
        }
        assertEquals(1, visitsRecordedFor(code, 1).size(), "the first attempt was recorded");
        sql("update idempotency_key set claimed_at = now() - interval '1 hour' where key = '" + key + "'"); // long abandoned
        staff().header("Idempotency-Key", key).body(body).post("/visits").then()
                .statusCode(409).contentType("application/problem+json").body("errors[0].field", is("Idempotency-Key"));
        String marker = marker(code);
        List<String> recorded = visitIds(visitsRecordedFor(code, 2));
        assertEquals(2, recorded.size(), "one visit and the marker, no second visit: " + recorded);
        assertEquals(marker, recorded.get(1), "the retry recorded nothing before the marker");
    }

    /**
     * The database goes away mid-request: the visit is not written (a 5xx) and neither is the release of its key
     * (triggers refuse both, as an outage would). Once the database is back, the tablet's retry with the same key
     * records the visit: before, the key stayed claimed and the retry got a 409 for two minutes.
     */
    @Test
    void aRetryOnceTheDatabaseIsBackRecordsTheVisit() throws Exception {
        String code = newClient();
        String key = "outage-" + UUID.randomUUID();
        String body = visit(code);
        sql("create or replace function test_outage() returns trigger language plpgsql as $$ begin"
                + " raise exception 'the database is away'; end $$");
        sql("create or replace trigger test_outage_visit before insert on visit for each row"
                + " when (new.client_code = '" + code + "') execute function test_outage()");
        sql("create or replace trigger test_outage_release before delete on idempotency_key for each row"
                + " when (old.key like 'outage-%') execute function test_outage()");
        try {
            int status = staff().header("Idempotency-Key", key).body(body).post("/visits").then().extract().statusCode();
            assertTrue(status >= 500, "the write failed: " + status);
        } finally {
            sql("drop trigger test_outage_visit on visit");
            sql("drop trigger test_outage_release on idempotency_key");
        }
        staff().header("Idempotency-Key", key).body(body).post("/visits").then().statusCode(201);
        assertEquals(1, visitsRecordedFor(code, 1).size(), "one visit, one event");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
