package no.sentret.infra.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Raw bytes over a real TCP connection, for requests no HTTP client library would send (a request line that
 * is not HTTP, an absolute or authority form, too long a line, too large headers). Issue 17's probes of what
 * Vert.x answers below any route.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What came back: the status line and headers as text, the body, and whether the server closed the connection. */
    public record Answer(int status, String head, String body, boolean closed) {

        static Answer parse(String text, boolean closed) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] statusLine = head.split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            return new Answer(status, head, body, closed);
        }

        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        /** Problem details with this status (and, when {@code field} is not null, naming it in {@code errors[].field}). */
        public Answer isProblem(int expected, String field) {
            assertEquals(expected, status, head + "\n\n" + body);
            assertThat(head + "\n\n" + body, String.valueOf(header("Content-Type")), containsString("application/problem+json"));
            JsonPath problem = JsonPath.from(body);
            assertEquals(expected, problem.getInt("status"), body);
            assertThat(body, problem.getString("title"), org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
            if (field != null) {
                List<String> fields = problem.getList("errors.field");
                assertThat(body, fields, hasItem(field));
            }
            return this;
        }
    }

    /** Sends {@code request} (ISO-8859-1 bytes, as written) and reads the one answer. */
    public static Answer send(String host, int port, String request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
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
            boolean closed = false;
            try {
                while (true) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        closed = true;
                        break;
                    }
                    received.write(buffer, 0, n);
                    if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                        socket.setSoTimeout(300); // the server closing right after its answer, or not
                    }
                }
            } catch (SocketTimeoutException stillOpen) {
                if (received.size() == 0) {
                    throw stillOpen;
                }
            } catch (SocketException reset) {
                closed = true; // a reset after the answer: what was read is the answer
            }
            return Answer.parse(received.toString(StandardCharsets.UTF_8), closed);
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
            return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
        }
        int length = Integer.parseInt(head.substring(at + 15).split("\r\n")[0].trim());
        return text.length() - end - 4 >= length;
    }
}
