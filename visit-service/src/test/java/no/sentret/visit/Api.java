package no.sentret.visit;

import io.restassured.specification.RequestSpecification;
import no.sentret.infra.testing.TestTokens;

/** Requests with a real signed bearer token for one role (the test kit's {@link TestTokens}), and test data. */
public final class Api {

    public static final String[] ROLES = TestTokens.ROLES;

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return TestTokens.as(role);
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
