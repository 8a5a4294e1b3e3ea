package no.sentret.visit;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import no.sentret.infra.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * The kit's edge refuses a dot segment in a service's path too (the gateway's own test has why): a request that
 * reaches a service without the gateway is not resolved to another operation either.
 */
@QuarkusTest
class DotSegmentsTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void aDotSegmentIsA400NamingThePathBeforeAnyTokenCheck() throws IOException {
        for (String path : List.of("/visits/../clients", "/visits/%2E%2E/clients", "/./visits", "/clients/K7M2Q9XA/..")) {
            RawHttp.send(service.getHost(), service.getPort(), "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}").isProblem(400, "path");
        }
    }
}
