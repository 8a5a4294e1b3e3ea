package no.sentret.gateway.probe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Issue 17: what the gateway serves to anyone names no framework, build or runtime version. */
@QuarkusTest
class VersionLeaksTest {

    @Test
    void thePublicApiDocsNameNoFrameworkVersion() {
        given().get("/api/docs/").then()
                .statusCode(200)
                .body(not(containsString("Powered by")))
                .body(not(containsString("Quarkus")));
    }

    @Test
    void theServedDocumentsCarryTheContractVersionNotTheBuilds() {
        given().get("/q/openapi").then().statusCode(200).body(not(containsString("SNAPSHOT"))).body(containsString("version: 1.0.0"));
        given().get("/api/openapi").then().statusCode(200).body(not(containsString("SNAPSHOT")));
    }

    @Test
    void noServerHeader() {
        given().get("/api/openapi").then().header("Server", nullValue()).header("X-Powered-By", nullValue());
    }
}
