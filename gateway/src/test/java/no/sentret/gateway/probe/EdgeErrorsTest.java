package no.sentret.gateway.probe;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: what a client meets when its request breaks HTTP itself (too long a request line, too
 * large a body or header, an absolute-form or malformed request line). Vert.x and Quarkus answered
 * these with a bare status before any route ran; every answer of the gateway is problem details,
 * naming the field where there is one. Raw sockets: an HTTP client library would refuse to send these.
 */
@QuarkusTest
class EdgeErrorsTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aDeclaredBodyOverTheServerLimitIs413NamingTheBody() throws IOException {
        Answer answer = send("POST /api/visits HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000000\r\n\r\n{\"x\":\"aaaa");
        answer.isProblem(413, "body");
    }

    @Test
    void aDeclaredBodyOverTheServerLimitOutsideTheApiIs413Too() throws IOException {
        Answer answer = send("POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000000\r\n\r\naaaa");
        answer.isProblem(413, "body");
    }

    @Test
    void aRequestLineTooLongIs414NamingTheUri() throws IOException {
        Answer answer = send("GET /api/visits?from=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        answer.isProblem(414, "uri");
        assertThat(answer.body, not(containsString("aaaaaaaa")));
    }

    @Test
    void headersTooLargeAre431NamingThem() throws IOException {
        Answer answer = send("GET /api/visits HTTP/1.1\r\nHost: localhost\r\nX-Probe: " + "a".repeat(30_000) + "\r\n\r\n");
        answer.isProblem(431, "headers");
    }

    /** RFC 9112 has servers accept the absolute form: routed as the origin form is, so refused here for want of a token. */
    @Test
    void anAbsoluteFormRequestLineIsAnsweredWithProblemDetails() throws IOException {
        Answer answer = send("GET http://evil.example/api/visits HTTP/1.1\r\nHost: localhost\r\n\r\n");
        answer.isProblem(401, null);
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (SocketException closedWhileSending) {
                // the server may answer and close before it has read all we send
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                    if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketException reset) {
                // a reset after the answer: what was read is the answer
            }
            return Answer.parse(received.toString(StandardCharsets.UTF_8));
        }
    }

    /** The head is in, and as many body bytes as Content-Length says. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int length = Integer.parseInt(head.substring(at + 15).split("\r\n")[0].trim());
        return text.length() - end - 4 >= length;
    }

    private record Answer(int status, String head, String body) {

        static Answer parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new Answer(status, head, body);
        }

        void isProblem(int expected, String field) {
            assertEquals(expected, status, head + "\n\n" + body);
            assertThat(head.toLowerCase(Locale.ROOT), containsString("content-type: application/problem+json"));
            JsonObject problem = new JsonObject(body);
            assertEquals(expected, problem.getInteger("status"));
            assertThat(problem.getString("title"), not(startsWith(" ")));
            if (field != null) {
                JsonArray errors = problem.getJsonArray("errors");
                List<String> fields = errors.stream().map(e -> ((JsonObject) e).getString("field")).toList();
                assertThat(fields, hasItem(field));
            }
        }
    }
}
