package no.sentret.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import no.sentret.infra.testing.TestTokens;
import no.sentret.infra.testing.KnownClients;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.records.ClientCodes;

/** Test data: clients registered through visit-events, as visit-service would, and consultations recorded by a clinician. */
public final class Clinic {

    private Clinic() {
    }

    public static RequestSpecification clinician() {
        return TestTokens.as("clinician");
    }

    public static RequestSpecification admin() {
        return TestTokens.as("admin");
    }



    /** The subject of the clinician's test token (what a consultation records as its clinician). */
    public static String clinicianSubject() {
        String token = no.sentret.infra.testing.TestTokens.accessToken("user-clinician", "clinician");
        try {
            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return claims.path("sub").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code registered on visit-events (as the front desk would), once this service's client directory knows it. */
    public static String newClient() {
        return KnownClients.register(ClientCodes.issue(8), directory()::exists);
    }

    /** {@code merged} now stands for {@code surviving}, once the directory folds it. */
    public static void merge(String merged, String surviving) {
        KnownClients.merge(merged, surviving, code -> directory().resolveReferenced(code, "clientCode"));
    }

    private static ClientDirectory directory() {
        return Arc.container().instance(ClientDirectory.class).get();
    }

    public static String daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Records a consultation with the given service lines (JSON objects) and returns its JSON. */
    public static io.restassured.path.json.JsonPath consult(String code, String occurredAt, String... services) {
        String body = "{\"clientCode\":\"" + code + "\"" + (occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\"")
                + ",\"professionalType\":\"NURSE\",\"services\":[" + String.join(",", services) + "]}";
        return clinician().body(body).post("/health/consultations").then().statusCode(201).extract().jsonPath();
    }

    public static String stiTest(String infection) {
        return "{\"category\":\"STI_TEST\",\"infection\":\"" + infection + "\",\"sampleSites\":[\"URINE\"]}";
    }

    public static String vaccination(String vaccine, int dose) {
        return "{\"category\":\"VACCINATION\",\"vaccine\":\"" + vaccine + "\",\"dose\":" + dose + "}";
    }

    public static String prep(String stage) {
        return switch (stage) {
            case "START" -> "{\"category\":\"PREP\",\"prepStage\":\"START\",\"regimen\":\"DAILY\"}";
            case "ASSESSMENT" -> "{\"category\":\"PREP\",\"prepStage\":\"ASSESSMENT\",\"prepEligible\":true,\"prepReason\":\"CONDOMLESS_SEX\"}";
            default -> "{\"category\":\"PREP\",\"prepStage\":\"" + stage + "\"}";
        };
    }

    public static final String COUNSELLING = "{\"category\":\"COUNSELLING\",\"topics\":[\"SAFER_SEX\"]}";
    public static final String PEP = "{\"category\":\"PEP\"}";
}
