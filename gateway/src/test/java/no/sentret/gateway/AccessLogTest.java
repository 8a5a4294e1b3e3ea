package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access log: one line per request with the trace id (also in the MDC), and no query, client code, token or body. */
@QuarkusTest
class AccessLogTest {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyAll(); // formats the message and snapshots the MDC while still on the request's thread
                records.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void oneLinePerRequestWithItsIdAndNothingPersonal() throws InterruptedException {
        String token = RoutingTest.token("kari", "staff");
        String traceId = given().auth().oauth2(token)
                .contentType("application/json")
                .body("{\"note\":\"SECRET-BODY\"}")
                .post("/api/clients/KX93ZQ?clientCode=KX93ZQ").then().statusCode(200).extract().header("X-Trace-Id");
        ExtLogRecord line = awaitAccessLine(traceId);
        String message = line.getFormattedMessage();
        assertTrue(message.startsWith("POST /api/clients/"), message);
        assertTrue(message.contains(" 200 "), message);
        assertEquals(traceId, line.getMdc("traceId"));
        for (ExtLogRecord record : records) {
            String text = record.getFormattedMessage() + " " + record.getMdcCopy();
            assertFalse(text.contains("KX93ZQ"), "client code in a log line: " + text);
            assertFalse(text.contains(token.substring(token.length() - 20)), "token in a log line: " + text);
            assertFalse(text.contains("SECRET-BODY"), "body in a log line: " + text);
        }
    }

    private ExtLogRecord awaitAccessLine(String traceId) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            for (ExtLogRecord record : records) {
                if ("sentret.access".equals(record.getLoggerName()) && record.getFormattedMessage().contains("trace=" + traceId)) {
                    return record;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access log line for " + traceId + " in " + records.size() + " records");
    }
}
