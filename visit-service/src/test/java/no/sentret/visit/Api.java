package no.sentret.visit;

import static io.restassured.RestAssured.given;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Requests with a real signed bearer token (issued by the test OIDC server) for one role. */
public final class Api {

    public static final String[] ROLES = {"staff", "clinician", "lawyer", "outreach", "analyst", "municipality", "admin", "kiosk"};

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    public static RequestSpecification as(String role) {
        String token = TOKENS.computeIfAbsent(role, r -> OidcWiremockTestResource.getAccessToken("user-" + r, Set.of(r)));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification staff() {
        return as("staff");
    }

    public static RequestSpecification admin() {
        return as("admin");
    }

    public static RequestSpecification kiosk() {
        return as("kiosk");
    }

    /** Registers a client with an issued code and returns the code. */
    public static String newClient() {
        return staff().body("{\"gender\":\"WOMAN\",\"nationality\":\"ES\",\"ageGroup\":\"26-30\"}")
                .post("/clients").then().statusCode(201).extract().path("code");
    }
}
