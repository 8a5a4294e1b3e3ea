package no.sentret.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The service is down, slow, or the body too large: problem details naming the service, never a stack trace. */
@QuarkusTest
class UpstreamFailureTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aServiceThatIsDownIs503NamingIt() {
        given().auth().oauth2(RoutingTest.token("ola", "outreach")).get("/api/outreach/contacts").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", is(503))
                .body("detail", containsString("outreach-service"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIs504NamingIt() {
        given().auth().oauth2(RoutingTest.token("ane", "analyst")).get("/api/stats/monthly").then().statusCode(200);
        long start = System.nanoTime();
        given().auth().oauth2(RoutingTest.token("ane", "analyst")).get("/api/stats/slow").then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("stats-service"))
                .body(not(containsString("Exception")));
        // the read timeout (700 ms in the test), not the service's 5 s answer
        assertTrue((System.nanoTime() - start) / 1_000_000 < UpstreamServers.SLOW_MILLIS,
                "answered after the service's delay, not the route's read timeout");
    }

    @Test
    void aBodyLargerThanTheLimitIs413() {
        given().auth().oauth2(RoutingTest.token("kari", "staff"))
                .contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(70 * 1024) + "\"}")
                .post("/api/visits").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", is(413));
        // just under the limit passes through whole
        String body = "{\"x\":\"" + "a".repeat(60 * 1024) + "\"}";
        given().auth().oauth2(RoutingTest.token("kari", "staff"))
                .contentType("application/json")
                .body(body)
                .post("/api/visits").then()
                .statusCode(200)
                .body("body.length()", is(body.length()));
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIs413Too() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpClient client = vertx.createHttpClient();
            String token = RoutingTest.token("kari", "staff");
            // the body is read in the same callback: a Vert.x response does not keep data nobody asked for
            Map.Entry<HttpClientResponse, Buffer> answer = client.request(new RequestOptions()
                            .setMethod(HttpMethod.POST)
                            .setHost(gateway.getHost())
                            .setPort(gateway.getPort())
                            .setURI("/api/visits")
                            .putHeader("Authorization", "Bearer " + token)
                            .putHeader("Content-Type", "application/json"))
                    .compose(request -> {
                        request.setChunked(true);
                        for (int i = 0; i < 80; i++) {
                            request.write(Buffer.buffer("a".repeat(1024)));
                        }
                        request.end();
                        return request.response();
                    })
                    .compose(response -> response.body().map(body -> Map.entry(response, body)))
                    .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            HttpClientResponse response = answer.getKey();
            Buffer body = answer.getValue();
            assertEquals(413, response.statusCode(), body.toString());
            assertEquals("application/problem+json", response.getHeader("Content-Type"));
            assertEquals(413, new JsonObject(body).getInteger("status"));
        } finally {
            vertx.close();
        }
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        given().header("Origin", "https://web.sentret.test")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/visits").then()
                .statusCode(lessThan(300))
                .header("Access-Control-Allow-Origin", "https://web.sentret.test");
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/visits").then()
                .header("Access-Control-Allow-Origin", (String) null);
        given().auth().oauth2(RoutingTest.token("kari", "staff"))
                .header("Origin", "https://evil.example")
                .get("/api/visits").then()
                .statusCode(403);
    }
}
