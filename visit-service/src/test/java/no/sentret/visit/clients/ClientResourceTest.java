package no.sentret.visit.clients;

import static io.restassured.RestAssured.given;
import static no.sentret.visit.Api.admin;
import static no.sentret.visit.Api.newClient;
import static no.sentret.visit.Api.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ClientResourceTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();

    @Test
    void issuesACodeFromTheUnambiguousAlphabetAndReadsItBack() {
        String code = staff().body("""
                {"gender":"TRANS_WOMAN","nationality":"th","ageGroup":"31-35","regionOfOrigin":"ASIA","preferredLanguage":"TH"}""")
                .post("/clients").then().statusCode(201)
                .header("Location", containsString("/clients/"))
                .body("code", matchesPattern("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}"))
                .body("firstRegisteredOn", is(TODAY))
                .body("minor", is(false))
                .extract().path("code");
        staff().get("/clients/" + code.toLowerCase()).then().statusCode(200)
                .body("code", is(code)).body("gender", is("TRANS_WOMAN")).body("nationality", is("TH"))
                .body("ageGroup", is("31-35")).body("regionOfOrigin", is("ASIA")).body("preferredLanguage", is("th"));
    }

    @Test
    void takesAChosenCodeWhenFreeAndRefusesItWhenTaken() {
        String chosen = "RS" + org.apache.commons.lang3.RandomStringUtils.random(6, "23456789ABCDEFGHJKMNPQRSTUVWXYZ");
        staff().body("{\"code\":\"" + chosen.toLowerCase() + "\",\"gender\":\"MAN\"}").post("/clients").then()
                .statusCode(201).body("code", is(chosen));
        staff().body("{\"code\":\"" + chosen + "\",\"gender\":\"WOMAN\"}").post("/clients").then()
                .statusCode(409).contentType("application/problem+json").body("errors[0].field", is("code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "OLIVIA", "K1M3QX", "TOOLONGCODE123", "AB-CD"})
    void refusesAChosenCodeOutsideTheAlphabet(String code) {
        staff().body("{\"code\":\"" + code + "\",\"gender\":\"MAN\"}").post("/clients").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("code"));
    }

    @Test
    void anUnder18ClientCanBeRegisteredAndIsFlagged() {
        staff().body("{\"gender\":\"WOMAN\",\"ageGroup\":\"UNDER_18\"}").post("/clients").then()
                .statusCode(201).body("ageGroup", is("UNDER_18")).body("minor", is(true));
    }

    @Test
    void onlyAdminMayBackDateAndNobodyMayRegisterInTheFuture() {
        String back = "{\"gender\":\"WOMAN\",\"firstRegisteredOn\":\"2019-03-01\"}";
        staff().body(back).post("/clients").then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", is("firstRegisteredOn"));
        admin().body(back).post("/clients").then().statusCode(201).body("firstRegisteredOn", is("2019-03-01"));
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        admin().body("{\"gender\":\"WOMAN\",\"firstRegisteredOn\":\"" + tomorrow + "\"}").post("/clients").then()
                .statusCode(400).body("errors[0].field", is("firstRegisteredOn")).body("errors[0].message", is("must not be in the future"));
    }

    @Test
    void patchChangesOnlyWhatIsSentAndNullClears() {
        String code = newClient();
        staff().body("{\"ageGroup\":\"UNDER_18\",\"nationality\":null}").patch("/clients/" + code).then().statusCode(200)
                .body("ageGroup", is("UNDER_18")).body("minor", is(true)).body("nationality", nullValue())
                .body("gender", is("WOMAN"));
        staff().body("{\"gender\":null}").patch("/clients/" + code).then().statusCode(400).body("errors[0].field", is("gender"));
        staff().body("{\"firstRegisteredOn\":\"2020-01-01\"}").patch("/clients/" + code).then().statusCode(403)
                .body("errors[0].field", is("firstRegisteredOn"));
        staff().body("{\"gender\":\"MAN\"}").patch("/clients/QQQQQQQQQQ").then().statusCode(404).body("errors[0].field", is("code"));
    }

    @Test
    void prefixLookupFindsActiveClientsCaseInsensitively() {
        String code = newClient();
        staff().queryParam("codePrefix", code.substring(0, 5).toLowerCase()).get("/clients").then().statusCode(200)
                .body("code", hasItem(code));
        staff().queryParam("codePrefix", "O0").get("/clients").then().statusCode(400).body("errors[0].field", is("codePrefix"));
        staff().get("/clients").then().statusCode(400).body("errors[0].field", is("codePrefix"));
    }

    @Test
    void mergeRetiresTheDuplicateWhichThenResolvesToTheSurvivor() {
        String survivor = newClient();
        String duplicate = admin().body("{\"gender\":\"WOMAN\",\"firstRegisteredOn\":\"2018-06-01\"}").post("/clients")
                .then().statusCode(201).extract().path("code");
        staff().body("{\"survivingCode\":\"" + survivor + "\"}").post("/clients/" + duplicate + "/merge").then().statusCode(403);
        admin().body("{\"survivingCode\":\"" + survivor + "\"}").post("/clients/" + duplicate + "/merge").then()
                .statusCode(200).body("code", is(survivor)).body("firstRegisteredOn", is("2018-06-01"));
        staff().get("/clients/" + duplicate).then().statusCode(200).body("code", is(survivor));
        staff().queryParam("codePrefix", duplicate).get("/clients").then().statusCode(200).body("code", contains(survivor));
        staff().body("{\"preferredLanguage\":\"ro\"}").patch("/clients/" + duplicate).then().statusCode(200)
                .body("code", is(survivor)).body("preferredLanguage", is("ro"));
        // a retired code cannot be merged again, nor issued again
        admin().body("{\"survivingCode\":\"" + survivor + "\"}").post("/clients/" + duplicate + "/merge").then()
                .statusCode(409).body("errors[0].field", is("code"));
        staff().body("{\"code\":\"" + duplicate + "\",\"gender\":\"MAN\"}").post("/clients").then().statusCode(409);
    }

    @Test
    void mergeRefusesUnknownAndSelf() {
        String code = newClient();
        admin().body("{\"survivingCode\":\"ZZZZZZZZZZ\"}").post("/clients/" + code + "/merge").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", is("survivingCode"));
        admin().body("{\"survivingCode\":\"" + code + "\"}").post("/clients/" + code + "/merge").then()
                .statusCode(400).body("errors[0].field", is("survivingCode"));
        admin().body("{\"survivingCode\":\"" + code + "\"}").post("/clients/ZZZZZZZZZZ/merge").then()
                .statusCode(404).body("errors[0].field", is("code"));
    }

    @Test
    void mergeChainsAreFlattened() {
        String a = newClient();
        String b = newClient();
        String c = newClient();
        admin().body("{\"survivingCode\":\"" + b + "\"}").post("/clients/" + a + "/merge").then().statusCode(200);
        admin().body("{\"survivingCode\":\"" + c + "\"}").post("/clients/" + b + "/merge").then().statusCode(200);
        staff().get("/clients/" + a).then().statusCode(200).body("code", equalTo(c));
    }

    @Test
    void refusesBadInputNamingTheField() {
        staff().body("{\"gender\":\"FEMALE\"}").post("/clients").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("gender"));
        staff().body("{\"ageGroup\":\"18-25\"}").post("/clients").then().statusCode(400).body("errors[0].field", is("gender"));
        staff().body("{\"gender\":\"WOMAN\",\"name\":\"Anna\"}").post("/clients").then().statusCode(400).body("errors[0].field", is("name"));
        staff().body("{\"gender\":\"WOMAN\",\"nationality\":\"XX\"}").post("/clients").then().statusCode(400).body("errors[0].field", is("nationality"));
        staff().body("{\"gender\":\"WOMAN\",\"preferredLanguage\":\"xx\"}").post("/clients").then().statusCode(400).body("errors[0].field", is("preferredLanguage"));
        staff().body("{\"gender\":\"WOMAN\",\"firstRegisteredOn\":\"yesterday\"}").post("/clients").then().statusCode(400).body("errors[0].field", is("firstRegisteredOn"));
        staff().body("{\"gender\":\"WOMAN\",\"ageGroup\":7}").post("/clients").then().statusCode(400).body("errors[0].field", is("ageGroup"));
        staff().body("{\"gender\":\"WOMAN\",\"code\":234567}").post("/clients").then().statusCode(400).body("errors[0].field", is("code"));
        staff().body("{\"gender\":\"WOMAN\"").post("/clients").then().statusCode(400).body("errors[0].field", is("body"));
        staff().body("").post("/clients").then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"23456789234", "234567 89234", "anna@example.no", "+47 912 34 567"})
    void refusesPersonalDataInTheCode(String code) {
        staff().body("{\"code\":\"" + code + "\",\"gender\":\"WOMAN\"}").post("/clients").then()
                .statusCode(400).body("errors[0].field", is("code"));
    }

    @Test
    void anOversizedBodyIsA413Problem() {
        String big = "{\"gender\":\"WOMAN\",\"code\":\"" + "A".repeat(70_000) + "\"}";
        staff().body(big).post("/clients").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anOversizedChunkedBodyIsA413ProblemToo() throws Exception {
        // no Content-Length: the limit is only found out while reading the chunks
        HttpURLConnection http = chunkedPost("{\"gender\":\"WOMAN\",\"code\":\"" + "A".repeat(70_000) + "\"}");
        assertEquals(413, http.getResponseCode());
        assertEquals("application/problem+json", http.getContentType());
    }

    @Test
    void aSmallChunkedBodyIsRegisteredAsUsual() throws Exception {
        HttpURLConnection http = chunkedPost("{\"gender\":\"MAN\",\"ageGroup\":\"31-35\"}");
        assertEquals(201, http.getResponseCode());
        String created = new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(created.contains("\"ageGroup\":\"31-35\""), created);
    }

    private static HttpURLConnection chunkedPost(String json) throws Exception {
        HttpURLConnection http = (HttpURLConnection) new URL(
                "http://localhost:" + RestAssured.port + "/clients").openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setChunkedStreamingMode(4096);
        http.setRequestProperty("Content-Type", "application/json");
        http.setRequestProperty("Authorization", "Bearer " + OidcWiremockTestResource
                .getAccessToken("user-staff", Set.of("staff")));
        try (OutputStream out = http.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // the server may answer and close before the whole body is sent
        }
        return http;
    }

    @Test
    void theResponseNamesItsTraceContinuedFromTheCallersOrNew() {
        staff().header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").get("/clients/ABCDEF").then()
                .header("X-Trace-Id", is("4bf92f3577b34da6a3ce929d0e0e4736"));
        // a malformed traceparent is ignored, as W3C trace context says: a new trace
        staff().header("traceparent", "<script>").get("/clients/ABCDEF").then()
                .header("X-Trace-Id", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void noTokenIs401() {
        given().get("/clients/ABCDEF").then().statusCode(401).contentType("application/problem+json");
    }
}
