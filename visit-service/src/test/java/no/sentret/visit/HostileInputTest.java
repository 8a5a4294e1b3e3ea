package no.sentret.visit;

import static no.sentret.infra.testing.HostileInput.DATES_OUT_OF_RANGE;
import static no.sentret.infra.testing.HostileInput.EMAIL;
import static no.sentret.infra.testing.HostileInput.LONG_TEXT;
import static no.sentret.infra.testing.HostileInput.NATIONAL_ID;
import static no.sentret.infra.testing.HostileInput.NOT_A_DATE;
import static no.sentret.infra.testing.HostileInput.NOT_A_TIMESTAMP;
import static no.sentret.infra.testing.HostileInput.TIMESTAMPS_OUT_OF_RANGE;
import static no.sentret.infra.testing.HostileInput.probe;
import static no.sentret.infra.testing.HostileInput.secret;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import no.sentret.infra.testing.HostileInput.Probe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 17's probe of visit-service: every input here was a 500, a slow answer, an accepted wrong value or an echo. */
@QuarkusTest
class HostileInputTest {

    private static final String VISIT = "\"activities\":[\"MEAL\"]";
    private static final String CLIENT = "\"gender\":\"WOMAN\",\"ageGroup\":\"26-30\"";

    static List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        // denial of service: a long text reached the quadratic e-mail pattern before any length limit
        probes.add(probe("60,000 characters as a visit's client code", "staff", "POST", "/visits",
                "{\"clientCode\":\"" + LONG_TEXT + "\"," + VISIT + "}", "clientCode"));
        probes.add(probe("60,000 characters as a chosen code", "staff", "POST", "/clients",
                "{\"code\":\"" + LONG_TEXT + "\"," + CLIENT + "}", "code"));
        // NUL in a client code: path, query, body, merge
        // a control character in a path parameter is named as the parameter (it was "path")
        probes.add(probe("NUL in a path code", "staff", "GET", "/clients/AB%00CD", null, "code"));
        // no query or path value is free text: tab and line breaks are refused too (they passed)
        for (String c : new String[] {"%09", "%0A", "%0D"}) {
            probes.add(probe(c + " in a path code", "staff", "GET", "/clients/AB" + c + "CD", null, "code"));
            probes.add(probe(c + " in a query code", "staff", "GET", "/visits?clientCode=AB" + c + "CD", null, "clientCode"));
            probes.add(probe(c + " in a query date", "staff", "GET", "/visits?from=2022-05-01" + c + "&to=2022-05-01", null, "from"));
        }
        probes.add(probe("NUL in a query code", "staff", "GET", "/visits?clientCode=AB%00CD", null, "clientCode"));
        probes.add(probe("NUL in a body code", "staff", "POST", "/visits", "{\"clientCode\":\"AB\\u0000CD\"," + VISIT + "}", "clientCode"));
        probes.add(probe("NUL in a merge", "admin", "POST", "/clients/ABCDEF/merge", "{\"survivingCode\":\"AB\\u0000CD\"}", "survivingCode"));
        probes.add(probe("a control character in a prefix search", "staff", "GET", "/clients?codePrefix=AB%07", null, "codePrefix"));
        // dates PostgreSQL cannot store
        for (String at : TIMESTAMPS_OUT_OF_RANGE) {
            probes.add(probe("occurredAt " + at, "staff", "POST", "/visits", "{\"occurredAt\":\"" + at + "\"," + VISIT + "}", "occurredAt"));
        }
        for (String day : DATES_OUT_OF_RANGE) {
            probes.add(probe("firstRegisteredOn " + day, "admin", "POST", "/clients",
                    "{\"firstRegisteredOn\":\"" + day + "\"," + CLIENT + "}", "firstRegisteredOn"));
            probes.add(probe("query from=" + day, "staff", "GET", "/visits?from=" + day.replace("+", "%2B") + "&to=2022-05-01", null, "from"));
        }
        // accepted although wrong: epoch numbers, digit strings, "" for now, a timestamp for a date, " WOMAN"
        for (String at : NOT_A_TIMESTAMP) {
            probes.add(secret("occurredAt " + at, "staff", "POST", "/visits", "{\"occurredAt\":" + at + "," + VISIT + "}", "occurredAt", NATIONAL_ID));
        }
        for (String day : NOT_A_DATE) {
            probes.add(secret("firstRegisteredOn " + day, "admin", "POST", "/clients",
                    "{\"firstRegisteredOn\":" + day + "," + CLIENT + "}", "firstRegisteredOn", NATIONAL_ID));
        }
        probes.add(probe("gender ' WOMAN'", "staff", "POST", "/clients", "{\"gender\":\" WOMAN\",\"ageGroup\":\"26-30\"}", "gender"));
        probes.add(probe("gender 'WOMAN '", "staff", "POST", "/clients", "{\"gender\":\"WOMAN \",\"ageGroup\":\"26-30\"}", "gender"));
        probes.add(probe("activity ''", "staff", "POST", "/visits", "{\"activities\":[\"\"]}", "activities[0]"));
        // the guard: a chosen code that is a name
        probes.add(probe("HANSEN as a chosen code", "staff", "POST", "/clients", "{\"code\":\"HANSEN\"," + CLIENT + "}", "code"));
        probes.add(probe("a national ID with a dash as a code", "staff", "POST", "/visits", "{\"clientCode\":\"010190-12345\"," + VISIT + "}", "clientCode"));
        // errors never repeat what may be personal data
        probes.add(secret("a national ID as gender", "staff", "POST", "/clients", "{\"gender\":\"" + NATIONAL_ID + "\",\"ageGroup\":\"26-30\"}",
                "gender", NATIONAL_ID));
        probes.add(secret("an e-mail address as a property name", "staff", "POST", "/visits", "{\"" + EMAIL + "\":1," + VISIT + "}",
                "body", EMAIL));
        probes.add(secret("malformed JSON around an e-mail address", "staff", "POST", "/visits", "{\"activities\": " + EMAIL + "}",
                "body", "kari.nordmann"));
        return probes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void refusedQuicklyWithoutEcho(Probe probe) {
        probe.check();
    }
}
