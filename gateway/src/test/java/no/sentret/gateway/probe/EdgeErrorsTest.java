package no.sentret.gateway.probe;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import no.sentret.infra.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: what a client meets when its request breaks HTTP itself (too long a request line, too
 * large a body or header, a request target that is not a path, a path no route takes). Vert.x and Quarkus
 * answered these with a bare status or an HTML page before any route ran; every answer of the gateway is
 * problem details naming the part at fault (the kit's sentret-http-edge, as in the services). Raw sockets:
 * an HTTP client library would refuse to send these.
 */
@QuarkusTest
class EdgeErrorsTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aDeclaredBodyOverTheServerLimitIs413NamingTheBody() throws IOException {
        send("POST /api/visits HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000000\r\n\r\n{\"x\":\"aaaa").isProblem(413, "body");
    }

    @Test
    void aDeclaredBodyOverTheServerLimitOutsideTheApiIs413Too() throws IOException {
        send("POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000000\r\n\r\naaaa").isProblem(413, "body");
    }

    @Test
    void aRequestLineTooLongIs414NamingTheUri() throws IOException {
        RawHttp.Answer answer = send("GET /api/visits?from=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        answer.isProblem(414, "uri");
        assertThat(answer.body(), not(containsString("aaaaaaaa")));
    }

    @Test
    void headersTooLargeAre431NamingThem() throws IOException {
        send("GET /api/visits HTTP/1.1\r\nHost: localhost\r\nX-Probe: " + "a".repeat(30_000) + "\r\n\r\n").isProblem(431, "headers");
    }

    /** RFC 9112 has servers accept the absolute form: routed as the origin form is, so refused here for want of a token. */
    @Test
    void anAbsoluteFormRequestLineIsAnsweredWithProblemDetails() throws IOException {
        send("GET http://evil.example/api/visits HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(401, null);
    }

    /** Vert.x answered a path no route takes with an HTML page ("Resource not found"). */
    @Test
    void aPathNoRouteTakesIs404NamingTheUri() throws IOException {
        RawHttp.Answer answer = send("GET /no-such-page/kari.nordmann HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(404, "uri");
        assertThat(answer.body(), not(containsString("nordmann")));
    }

    /**
     * A dot segment in the path ("..", ".", plain or percent-encoded): Vert.x resolved it before routing, so
     * {@code POST …/consultations/{id}/services/../void} reached {@code …/consultations/{id}/void} and voided the whole
     * consultation where one service was meant (the contract fuzzer, seed 16). Refused, naming the path, and never echoed.
     */
    @Test
    void aDotSegmentInThePathIsA400NamingThePath() throws IOException {
        for (String path : List.of("/api/health/consultations/4c99bfdc-71fb-49ab-b4de-95afa7a4421a/services/../void",
                "/api/visits/%2e%2e/clients", "/api/visits/%2E%2e", "/api/./visits", "/api/visits/.", "/../api/visits")) {
            RawHttp.Answer answer = send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\n\r\n{}").isProblem(400, "path");
            assertThat(path, answer.body(), not(containsString("4c99bfdc")));
        }
        // a dot inside a segment is no dot segment: this path is routed as any other (refused here for want of a token)
        send("GET /api/visits/a..b HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(401, null);
    }

    /** A request target that is not a path (the authority form, a bare word): Vert.x answered a bare 404. */
    @Test
    void aRequestTargetThatIsNotAPathIsAProblemNamingTheRequestLine() throws IOException {
        send("GET foo HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(404, "request-line");
        send("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n").isProblem(404, "request-line");
    }

    /**
     * What Quarkus 3.33 lets no application answer (the README's security section): a request Netty's decoder
     * cannot read (not HTTP, a header name with a space) or that is over Netty's own ceiling goes to Vert.x's
     * default invalid-request handler, which Quarkus never replaces: a bare status, then the connection closes.
     * Pinned so a change is seen: the status is right, nothing of the request is repeated, and the connection
     * does not stay open for more.
     */
    @Test
    void undecodableRequestsGetABareStatusAndTheConnectionCloses() throws IOException {
        assertBareAndClosed(send("HELLO WORLD FOO\r\n\r\n"), 400);
        assertBareAndClosed(send("GET /api/visits HTTP/1.1\r\nHost: localhost\r\nBad Header: kari\r\n\r\n"), 400);
        assertBareAndClosed(send("GET /api/visits?from=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414);
        assertBareAndClosed(send("GET /api/visits HTTP/1.1\r\nHost: localhost\r\nX-Probe: " + "a".repeat(50_000) + "\r\n\r\n"), 431);
    }

    /**
     * A control character in the target passes Netty but not Quarkus's own URI check, which answers a bare 400
     * in its root handler, before the router (the README's security section): pinned like the above.
     */
    @Test
    void aControlCharacterInTheTargetGetsABare400() throws IOException {
        RawHttp.Answer answer = send("GET /api/vi\u0001sits HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(400, answer.status(), answer.head());
        assertEquals("", answer.body(), "nothing of the request comes back");
    }

    private static void assertBareAndClosed(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.head());
        assertEquals("", answer.body(), "nothing of the request comes back");
        assertTrue(answer.closed(), "the connection closes after a request that could not be read");
    }

    private RawHttp.Answer send(String request) throws IOException {
        return RawHttp.send(gateway.getHost(), gateway.getPort(), request);
    }
}
