package no.sentret.legal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.sentret.infra.testing.TestTokens;
import no.sentret.infra.testing.TopicWriter;
import no.sentret.platform.records.ClientCodes;
import no.sentret.platform.directory.ClientDirectory;
import io.quarkus.arc.Arc;

/** Tokens, roster, calendar and client codes for the tests; every test makes its own data. */
public final class Legal {

    /** The subject of every token of the kit's {@link TestTokens} (the test OIDC server's fixed sub). */
    public static final String KIT_SUBJECT = "123456";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** Shifts are the centre's, not a client's: each test takes days no other test uses. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
    private static volatile String kitLawyerId;

    private Legal() {
    }

    public static RequestSpecification coordinator() {
        return TestTokens.as("legal-coordinator");
    }

    /** The kit's lawyer token (subject {@link #KIT_SUBJECT}), on the roster as a regular lawyer. */
    public static RequestSpecification lawyer() {
        kitLawyerId();
        return TestTokens.as("lawyer");
    }

    public static RequestSpecification admin() {
        return TestTokens.as("admin");
    }

    /** A lawyer token with its own subject, as Keycloak gives each user. */
    public static RequestSpecification lawyerWithSubject(String subject) {
        String token = TOKENS.computeIfAbsent(subject, s -> OidcWiremockTestResource.generateJwtToken("lawyer-" + s, Set.of("lawyer"), s, "Bearer"));
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static synchronized String kitLawyerId() {
        if (kitLawyerId == null) {
            int status = coordinator().body("{\"subject\":\"" + KIT_SUBJECT + "\",\"kind\":\"REGULAR\"}").post("/legal-aid/lawyers").statusCode();
            assertTrue(status == 201 || status == 409, "roster: " + status);
            kitLawyerId = TestTokens.as("lawyer").get("/legal-aid/lawyers/me").then().statusCode(200).extract().path("id");
        }
        return kitLawyerId;
    }

    /** A new lawyer on the roster; returns its id. */
    public static String newLawyer(String subject, String kind) {
        return coordinator().body("{\"subject\":\"" + subject + "\",\"kind\":\"" + kind + "\"}").post("/legal-aid/lawyers")
                .then().statusCode(201).extract().path("id");
    }

    /** {@code days} consecutive days that no other test plans shifts on; returns the first. */
    public static LocalDate days(int days) {
        return FIRST_DAY.plusDays(NEXT_DAY.getAndAdd(days));
    }

    /** A planned 14:00-17:00 shift for the kit's lawyer on a day of its own; returns its id. */
    public static String newShift() {
        return newShift(days(1), kitLawyerId());
    }

    public static String newShift(LocalDate date, String lawyerId) {
        return coordinator().body("{\"date\":\"" + date + "\",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerId\":\"" + lawyerId + "\"}")
                .post("/legal-aid/shifts").then().statusCode(201).extract().path("id");
    }

    public static LocalDate dateOf(String shiftId) {
        return LocalDate.parse(coordinator().get("/legal-aid/shifts/" + shiftId).then().statusCode(200).extract().<String>path("date"));
    }

    /** 15:00 Oslo time on the shift's day. */
    public static String during(String shiftId) {
        return dateOf(shiftId) + "T15:00:00+01:00";
    }

    /** An anonymous inquiry about family law on the shift; returns its id. */
    public static String newInquiry(String shiftId) {
        return newInquiry(shiftId, null, "[\"FAMILY\"]", null);
    }

    public static String newInquiry(String shiftId, String clientCode, String areas, String subAreas) {
        return lawyer().body(inquiry(shiftId, clientCode, areas, subAreas, "YES")).post("/legal-aid/inquiries")
                .then().statusCode(201).extract().path("id");
    }

    public static String inquiry(String shiftId, String clientCode, String areas, String subAreas, String wouldNot) {
        return "{\"shiftId\":\"" + shiftId + "\",\"occurredAt\":\"" + during(shiftId) + "\""
                + (clientCode == null ? "" : ",\"clientCode\":\"" + clientCode + "\"")
                + ",\"areas\":" + areas + (subAreas == null ? "" : ",\"criminalSubAreas\":" + subAreas)
                + ",\"wouldNotOtherwiseHaveSoughtLawyer\":\"" + wouldNot + "\"}";
    }

    /** A case on a new inquiry on a new shift; returns the case id. */
    public static String newCase() {
        String inquiry = newInquiry(newShift());
        return lawyer().body("{\"inquiryId\":\"" + inquiry + "\",\"area\":\"FAMILY\"}").post("/legal-aid/cases")
                .then().statusCode(201).extract().path("id");
    }

    /** A client code registered at the front desk (published on visit-events) and arrived in this service's directory. */
    public static String newClient() {
        String code = ClientCodes.issue(8);
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitEvents.clientRegistered(code);
        }
        awaitInDirectory(code);
        return code;
    }

    /** {@code merged} now stands for {@code surviving}, as the directory sees it. */
    public static void merge(String merged, String surviving) {
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitEvents.clientsMerged(merged, surviving);
        }
        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!directory.resolveReferenced(merged, "clientCode").equals(surviving)) {
            assertTrue(System.nanoTime() < deadline, "merge of " + merged + " did not reach the directory");
            sleep();
        }
    }

    private static void awaitInDirectory(String code) {
        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!directory.exists(code)) {
            assertTrue(System.nanoTime() < deadline, code + " did not reach the client directory");
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String uuid() {
        return UUID.randomUUID().toString();
    }
}
