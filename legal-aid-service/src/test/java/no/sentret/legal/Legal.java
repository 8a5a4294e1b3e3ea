package no.sentret.legal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.sentret.infra.testing.TestTokens;
import no.sentret.infra.testing.KnownClients;
import no.sentret.platform.records.ClientCodes;
import no.sentret.platform.directory.ClientDirectory;
import io.quarkus.arc.Arc;

/** Tokens, roster, calendar and client codes for the tests; every test makes its own data. */
public final class Legal {

    /** The subject of every token of the kit's {@link TestTokens} (the test OIDC server's fixed sub). */
    public static final String KIT_SUBJECT = "123456";

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
        return TestTokens.withSubject(subject, "lawyer-" + subject, "lawyer");
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

    public static String uuid() {
        return UUID.randomUUID().toString();
    }
}
