package no.sentret.infra.testing;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.Response;

/**
 * The probe suite of issue 17, as data: what an attacker or a careless client sends to an endpoint,
 * and what must come back, a quick 400 problem naming the field, which never repeats the value. A
 * service's {@code HostileInputTest} lists its endpoints × these inputs as {@link Probe}s:
 * <pre>
 * &#64;ParameterizedTest(name = "{0}") &#64;MethodSource("probes")
 * void refused(HostileInput.Probe probe) { probe.check(); }
 * </pre>
 */
public final class HostileInput {

    /** Longer than any field, shorter than the 64 KiB body limit: reached the guard before its length limit. */
    public static final String LONG_TEXT = "a".repeat(60_000);
    /** Years PostgreSQL cannot store (or a Java date cannot be bound), as ISO text. */
    public static final String[] TIMESTAMPS_OUT_OF_RANGE = {"-300000-01-01T00:00:00Z", "+999999999-12-31T00:00:00Z", "1850-01-01T00:00:00Z"};
    public static final String[] DATES_OUT_OF_RANGE = {"-300000-01-01", "+999999999-12-31", "1850-01-01"};
    /** Refused in a date or timestamp field: epoch numbers, digit strings (an 11-digit national ID), "", a timestamp for a date. */
    public static final String[] NOT_A_TIMESTAMP = {"1651392000", "\"1651392000\"", "\"01019012345\"", "\"\"", "\"2022-05-01\"", "true"};
    public static final String[] NOT_A_DATE = {"1651392000", "\"01019012345\"", "\"\"", "\"2022-05-01T10:00:00Z\"", "\"2022-5-1\""};
    /** A value that is personal data, sent where it is refused: it must not come back in the error. */
    public static final String NATIONAL_ID = "01019012345";
    public static final String EMAIL = "kari.nordmann@example.no";

    private HostileInput() {
    }

    /** A request and the field its 400 must name; {@code secret}, when given, must not appear in the answer. */
    public record Probe(String name, String role, String method, String path, String body, String field, String secret) {

        @Override
        public String toString() {
            return name;
        }

        public void check() {
            // paths are given encoded (%00 is a NUL), as an attacker's client would send them
            var request = TestTokens.as(role).urlEncodingEnabled(false);
            if (body != null) {
                request = request.body(body);
            }
            Response response = request.request(method, path);
            // no time bound here: tests assert behaviour, not speed (a loaded CI machine is no stopwatch);
            // the guard's patterns are linear by construction and PersonalDataDetectorProbeTest feeds them
            // the inputs that were quadratic
            response.then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem(field));
            if (secret != null) {
                assertFalse(response.asString().contains(secret), "the error repeats the caller's value: " + response.asString());
            }
        }
    }

    public static Probe probe(String name, String role, String method, String path, String body, String field) {
        return new Probe(name, role, method, path, body, field, null);
    }

    public static Probe secret(String name, String role, String method, String path, String body, String field, String secret) {
        return new Probe(name, role, method, path, body, field, secret);
    }
}
