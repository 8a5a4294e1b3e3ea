package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Role matrix, parameter errors, CSV. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class StatsApiTest {

    static final List<String> ROLES = List.of("staff", "clinician", "lawyer", "outreach", "analyst", "municipality", "admin", "kiosk");

    record Endpoint(String method, String path, List<String> allowed, int okStatus) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/stats/annual/2001", List.of("analyst"), 200),
            new Endpoint("GET", "/stats/monthly?from=2001-01&to=2001-03", List.of("analyst"), 200),
            new Endpoint("GET", "/stats/nationality-share?fromYear=2000&toYear=2001", List.of("analyst"), 200),
            new Endpoint("GET", "/stats/public/annual/2001", List.of("analyst", "municipality"), 200),
            new Endpoint("GET", "/stats/public/monthly?from=2001-01&to=2001-03", List.of("analyst", "municipality"), 200),
            new Endpoint("GET", "/stats/public/nationality-share?fromYear=2000&toYear=2001", List.of("analyst", "municipality"), 200),
            new Endpoint("GET", "/stats/rebuild", List.of("admin"), 200),
            new Endpoint("GET", "/stats/clients/ABCD/export", List.of("admin"), 200));

    static List<Arguments> matrix() {
        List<Arguments> result = new java.util.ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (String role : ROLES) {
                result.add(Arguments.of(e.method(), e.path(), role, e.allowed().contains(role) ? e.okStatus() : 403));
            }
            result.add(Arguments.of(e.method(), e.path(), null, 401));
        }
        // POST /stats/rebuild is tested for the allowed role in RebuildTest (it starts a replay)
        for (String role : ROLES) {
            if (!role.equals("admin")) {
                result.add(Arguments.of("POST", "/stats/rebuild", role, 403));
            }
        }
        result.add(Arguments.of("POST", "/stats/rebuild", null, 401));
        return result;
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("matrix")
    void roleMatrix(String method, String path, String role, int status) {
        var request = given();
        if (role != null) {
            request = request.auth().oauth2(Api.token(role));
        }
        request.request(method, path).then().statusCode(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stats/annual/20x2|year", "/stats/annual/1200|year",
            "/stats/monthly?from=2022-13&to=2022-12|from", "/stats/monthly?to=2022-12|from",
            "/stats/monthly?from=2022-05&to=2022-01|to", "/stats/nationality-share?fromYear=2020|toYear",
            "/stats/public/nationality-share?fromYear=abc&toYear=2020|fromYear"})
    void badParametersAreProblemsNamingTheParameter(String pathAndField) {
        String[] parts = pathAndField.split("\\|");
        given().auth().oauth2(Api.token("analyst")).get(parts[0]).then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", is(parts[1]));
    }

    @Test
    void csvWhenAsked() {
        int y = TestData.freshYears(1); // a year nobody writes to: every figure is 0
        given().auth().oauth2(Api.token("analyst")).accept("text/csv").get("/stats/monthly?from=" + y + "-01&to=" + y + "-02").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .body(is("month,uniqueUsers,services\n" + y + "-01,0,0\n" + y + "-02,0,0\n"));
        given().auth().oauth2(Api.token("municipality")).accept("text/csv").get("/stats/public/annual/" + y).then()
                .statusCode(200).contentType(startsWith("text/csv")).body(startsWith("section,key,value\nyear,uniqueUsers,0\n"));
        given().auth().oauth2(Api.token("analyst")).get("/stats/annual/" + y).then()
                .statusCode(200).contentType(startsWith("application/json")).body(containsString("\"uniqueUsers\":0"));
    }
}
