package no.sentret.health;

import static no.sentret.infra.testing.HostileInput.DATES_OUT_OF_RANGE;
import static no.sentret.infra.testing.HostileInput.LONG_TEXT;
import static no.sentret.infra.testing.HostileInput.NATIONAL_ID;
import static no.sentret.infra.testing.HostileInput.NOT_A_DATE;
import static no.sentret.infra.testing.HostileInput.NOT_A_TIMESTAMP;
import static no.sentret.infra.testing.HostileInput.TIMESTAMPS_OUT_OF_RANGE;
import static no.sentret.infra.testing.HostileInput.probe;
import static no.sentret.infra.testing.HostileInput.secret;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import no.sentret.infra.testing.HostileInput.Probe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17's probes on every write endpoint and every query parameter of this service: huge text,
 * NUL and other control characters, dates PostgreSQL cannot store, epoch numbers and digit strings
 * where a date belongs, padded enums, malformed UUIDs in paths, absurd paging. Each is a quick 400
 * problem naming the field, never repeating the caller's value, and writes nothing.
 */
@QuarkusTest
class HostileInputTest {

    private static final String ANY_ID = "5b1f4a9e-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String BASE = "\"professionalType\":\"NURSE\",\"services\":[{\"category\":\"PEP\"}]";
    private static final String CODE = "\"clientCode\":\"K7M3QX\",\"professionalType\":\"NURSE\"";
    private static final String[] BAD_IDS = {"not-a-uuid", NATIONAL_ID, "5b1f4a9e-2c3d-4e5f-8a9b-0c1d2e3f4a5", "%20" + ANY_ID};

    private static String line(String json) {
        return "{" + CODE + ",\"services\":[" + json + "]}";
    }

    static List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        // a consultation (the first probes, kept)
        p.add(probe("60,000 characters as a client code", "clinician", "POST", "/health/consultations", "{\"clientCode\":\"" + LONG_TEXT + "\"," + BASE + "}", "clientCode"));
        p.add(probe("NUL in a body code", "clinician", "POST", "/health/consultations", "{\"clientCode\":\"AB\\u0000CD\"," + BASE + "}", "clientCode"));
        p.add(probe("an escape character in a body code", "clinician", "POST", "/health/consultations", "{\"clientCode\":\"AB\\u001bCD\"," + BASE + "}", "clientCode"));
        p.add(secret("a national ID as a client code", "clinician", "POST", "/health/consultations", "{\"clientCode\":\"" + NATIONAL_ID + "\"," + BASE + "}",
                "clientCode", NATIONAL_ID));
        for (String at : TIMESTAMPS_OUT_OF_RANGE) {
            p.add(probe("occurredAt " + at, "clinician", "POST", "/health/consultations", "{\"occurredAt\":\"" + at + "\"," + BASE + "}", "occurredAt"));
        }
        for (String at : NOT_A_TIMESTAMP) {
            p.add(secret("occurredAt " + at, "clinician", "POST", "/health/consultations", "{\"occurredAt\":" + at + "," + BASE + "}", "occurredAt", NATIONAL_ID));
        }
        p.add(probe("60,000 characters as a note", "clinician", "POST", "/health/consultations", "{\"note\":\"" + LONG_TEXT + "\"," + CODE
                + ",\"services\":[{\"category\":\"PEP\"}]}", "note"));
        p.add(probe("NUL in a note", "clinician", "POST", "/health/consultations", "{\"note\":\"a\\u0000b\"," + CODE + ",\"services\":[{\"category\":\"PEP\"}]}", "note"));
        p.add(probe("padded professional type", "clinician", "POST", "/health/consultations",
                "{\"clientCode\":\"K7M3QX\",\"professionalType\":\" NURSE\",\"services\":[{\"category\":\"PEP\"}]}", "professionalType"));
        p.add(probe("padded category", "clinician", "POST", "/health/consultations", line("{\"category\":\"PEP \"}"), "services[0].category"));
        p.add(probe("padded infection", "clinician", "POST", "/health/consultations",
                line("{\"category\":\"STI_TEST\",\"infection\":\" HIV\",\"sampleSites\":[\"BLOOD\"]}"), "services[0].infection"));
        p.add(probe("padded sample site", "clinician", "POST", "/health/consultations",
                line("{\"category\":\"STI_TEST\",\"infection\":\"HIV\",\"sampleSites\":[\"BLOOD \"]}"), "services[0].sampleSites[0]"));
        p.add(probe("padded vaccine", "clinician", "POST", "/health/consultations", line("{\"category\":\"VACCINATION\",\"vaccine\":\"MPOX \",\"dose\":1}"),
                "services[0].vaccine"));
        p.add(probe("an epoch number as a dose", "clinician", "POST", "/health/consultations",
                line("{\"category\":\"VACCINATION\",\"vaccine\":\"MPOX\",\"dose\":1651392000}"), "services[0].dose"));
        for (String d : DATES_OUT_OF_RANGE) {
            p.add(probe("prescribedOn " + d, "clinician", "POST", "/health/consultations",
                    line("{\"category\":\"PREP\",\"prepStage\":\"START\",\"regimen\":\"DAILY\",\"prescribedOn\":\"" + d + "\"}"), "services[0].prescribedOn"));
        }
        for (String d : NOT_A_DATE) {
            p.add(secret("prescribedOn " + d, "clinician", "POST", "/health/consultations",
                    line("{\"category\":\"PREP\",\"prepStage\":\"START\",\"regimen\":\"DAILY\",\"prescribedOn\":" + d + "}"), "services[0].prescribedOn", NATIONAL_ID));
        }
        // voids
        for (String path : new String[] {"/health/consultations/" + ANY_ID + "/void", "/health/consultations/" + ANY_ID + "/services/" + ANY_ID + "/void"}) {
            p.add(probe("60,000 characters as a void reason on " + path, "clinician", "POST", path, "{\"reason\":\"" + LONG_TEXT + "\"}", "reason"));
            p.add(probe("NUL in a void reason on " + path, "clinician", "POST", path, "{\"reason\":\"twice\\u0000\"}", "reason"));
            p.add(secret("a national ID in a void reason on " + path, "clinician", "POST", path, "{\"reason\":\"was " + NATIONAL_ID + "\"}", "reason", NATIONAL_ID));
        }
        // a test result
        String result = "/health/test-results/" + ANY_ID;
        p.add(probe("padded result", "clinician", "PUT", result, "{\"result\":\"POSITIVE \"}", "result"));
        for (String at : TIMESTAMPS_OUT_OF_RANGE) {
            p.add(probe("toldAt " + at, "clinician", "PUT", result, "{\"result\":\"NEGATIVE\",\"toldAt\":\"" + at + "\"}", "toldAt"));
        }
        for (String at : NOT_A_TIMESTAMP) {
            p.add(secret("toldAt " + at, "clinician", "PUT", result, "{\"result\":\"NEGATIVE\",\"toldAt\":" + at + "}", "toldAt", NATIONAL_ID));
        }
        p.add(probe("60,000 characters as a correction reason", "clinician", "PUT", result, "{\"result\":\"NEGATIVE\",\"reason\":\"" + LONG_TEXT + "\"}", "reason"));
        p.add(probe("NUL in a correction reason", "clinician", "PUT", result, "{\"result\":\"NEGATIVE\",\"reason\":\"lab\\u0000\"}", "reason"));
        // campaigns
        p.add(probe("padded vaccine of a campaign", "clinician", "POST", "/health/campaigns", "{\"vaccine\":\" MPOX\",\"rule\":\"ON_PREP\"}", "vaccine"));
        p.add(probe("padded rule", "clinician", "POST", "/health/campaigns", "{\"vaccine\":\"MPOX\",\"rule\":\"ON_PREP \"}", "rule"));
        p.add(probe("60,000 characters as a title", "clinician", "POST", "/health/campaigns", "{\"vaccine\":\"MPOX\",\"rule\":\"ON_PREP\",\"title\":\"" + LONG_TEXT + "\"}", "title"));
        p.add(probe("NUL in a title", "clinician", "POST", "/health/campaigns", "{\"vaccine\":\"MPOX\",\"rule\":\"ON_PREP\",\"title\":\"mpox\\u0000\"}", "title"));
        String contacts = "/health/campaigns/" + ANY_ID + "/contacts";
        String contact = "\"channel\":\"AT_CENTRE\",\"outcome\":\"VACCINATED\"";
        p.add(probe("60,000 characters as a contact's code", "clinician", "POST", contacts, "{\"clientCode\":\"" + LONG_TEXT + "\"," + contact + "}", "clientCode"));
        p.add(probe("NUL in a contact's code", "clinician", "POST", contacts, "{\"clientCode\":\"AB\\u0000CD\"," + contact + "}", "clientCode"));
        p.add(secret("a national ID as a contact's code", "clinician", "POST", contacts, "{\"clientCode\":\"" + NATIONAL_ID + "\"," + contact + "}", "clientCode", NATIONAL_ID));
        p.add(probe("padded channel", "clinician", "POST", contacts, "{\"clientCode\":\"K7M3QX\",\"channel\":\"AT_CENTRE \",\"outcome\":\"VACCINATED\"}", "channel"));
        p.add(probe("padded outcome", "clinician", "POST", contacts, "{\"clientCode\":\"K7M3QX\",\"channel\":\"AT_CENTRE\",\"outcome\":\" DECLINED\"}", "outcome"));
        for (String at : TIMESTAMPS_OUT_OF_RANGE) {
            p.add(probe("contact occurredAt " + at, "clinician", "POST", contacts, "{\"clientCode\":\"K7M3QX\",\"occurredAt\":\"" + at + "\"," + contact + "}", "occurredAt"));
        }
        for (String at : NOT_A_TIMESTAMP) {
            p.add(secret("contact occurredAt " + at, "clinician", "POST", contacts, "{\"clientCode\":\"K7M3QX\",\"occurredAt\":" + at + "," + contact + "}",
                    "occurredAt", NATIONAL_ID));
        }
        // the front-desk flag
        p.add(probe("60,000 characters as a flagged code", "clinician", "POST", "/health/invitations", "{\"clientCode\":\"" + LONG_TEXT + "\"}", "clientCode"));
        p.add(probe("NUL in a flagged code", "clinician", "POST", "/health/invitations", "{\"clientCode\":\"AB\\u0000CD\"}", "clientCode"));
        p.add(secret("a national ID as a flagged code", "clinician", "POST", "/health/invitations", "{\"clientCode\":\"" + NATIONAL_ID + "\"}", "clientCode", NATIONAL_ID));
        p.add(probe("NUL in the code to clear", "clinician", "POST", "/health/invitations/AB%00CD/clear", null, "clientCode"));
        p.add(probe("a line feed in the code to clear", "clinician", "POST", "/health/invitations/AB%0ACD/clear", null, "clientCode"));
        p.add(secret("a national ID as the code to clear", "clinician", "POST", "/health/invitations/" + NATIONAL_ID + "/clear", null, "clientCode", NATIONAL_ID));
        p.add(probe("300 characters as the code to clear", "clinician", "POST", "/health/invitations/" + "A".repeat(300) + "/clear", null, "clientCode"));
        // malformed ids in every path that takes one
        String[][] idPaths = {
                {"GET", "/health/consultations/%s", null},
                {"POST", "/health/consultations/%s/void", "{\"reason\":\"twice\"}"},
                {"GET", "/health/test-results/%s", null},
                {"PUT", "/health/test-results/%s", "{\"result\":\"NEGATIVE\"}"},
                {"GET", "/health/campaigns/%s/eligible", null},
                {"GET", "/health/campaigns/%s/progress", null},
                {"POST", "/health/campaigns/%s/contacts", "{\"clientCode\":\"K7M3QX\"," + contact + "}"}};
        for (String[] e : idPaths) {
            for (String bad : BAD_IDS) {
                p.add(secret(e[0] + " " + e[1] + " with id " + bad, "clinician", e[0], String.format(e[1], bad), e[2], "id",
                        bad.equals(NATIONAL_ID) ? NATIONAL_ID : null));
            }
            p.add(probe(e[0] + " " + e[1] + " with NUL in the id", "clinician", e[0], String.format(e[1], "5b1f4a9e%00"), e[2], "id"));
        }
        for (String bad : BAD_IDS) {
            p.add(secret("a line id " + bad, "clinician", "POST", "/health/consultations/" + ANY_ID + "/services/" + bad + "/void", "{\"reason\":\"twice\"}",
                    "lineId", bad.equals(NATIONAL_ID) ? NATIONAL_ID : null));
        }
        // every query parameter
        String[][] periodLists = {{"clinician", "/health/consultations"}, {"admin", "/health/audit"}};
        for (String[] list : periodLists) {
            String role = list[0];
            String path = list[1];
            for (String d : DATES_OUT_OF_RANGE) {
                p.add(probe(path + "?from=" + d, role, "GET", path + "?from=" + d.replace("+", "%2B") + "&to=2022-01-31", null, "from"));
                p.add(probe(path + "?to=" + d, role, "GET", path + "?from=2022-01-01&to=" + d.replace("+", "%2B"), null, "to"));
            }
            for (String d : new String[] {NATIONAL_ID, "1651392000", "", "2022-05-01T10:00:00Z", "2022-5-1", "%202022-05-01"}) {
                p.add(secret(path + "?from=" + d, role, "GET", path + "?from=" + d + "&to=2022-01-31", null, "from", d.equals(NATIONAL_ID) ? NATIONAL_ID : null));
            }
            p.add(probe(path + " NUL in from", role, "GET", path + "?from=2022-01-01%00&to=2022-01-31", null, "from"));
            p.add(probe(path + "?page=2147483647", role, "GET", path + "?from=2022-01-01&to=2022-01-31&page=2147483647", null, "page"));
            p.add(probe(path + "?page=-1", role, "GET", path + "?from=2022-01-01&to=2022-01-31&page=-1", null, "page"));
            p.add(probe(path + "?size=0", role, "GET", path + "?from=2022-01-01&to=2022-01-31&size=0", null, "size"));
            p.add(secret(path + "?size=<national ID>", role, "GET", path + "?from=2022-01-01&to=2022-01-31&size=" + NATIONAL_ID, null, "size", NATIONAL_ID));
        }
        p.add(probe("300 characters as clientCode", "clinician", "GET", "/health/consultations?clientCode=" + "A".repeat(300), null, "clientCode"));
        p.add(secret("a national ID as clientCode", "clinician", "GET", "/health/consultations?clientCode=" + NATIONAL_ID, null, "clientCode", NATIONAL_ID));
        p.add(probe("includeVoided=yes", "clinician", "GET", "/health/consultations?from=2022-01-01&to=2022-01-31&includeVoided=yes", null, "includeVoided"));
        p.add(probe("audit NUL in requestId", "admin", "GET", "/health/audit?requestId=ab%00cd", null, "requestId"));
        // found by the contract fuzzer: the daily counts take the trail's query, page and size included, and ignored them unchecked
        p.add(probe("audit daily page=1.5", "admin", "GET", "/health/audit/daily?page=1.5", null, "page"));
        p.add(probe("audit daily size=501", "admin", "GET", "/health/audit/daily?size=501", null, "size"));
        p.add(probe("audit daily page=2147483647", "admin", "GET", "/health/audit/daily?page=2147483647", null, "page"));
        // the audit query's text parameters were unbounded, and took line breaks
        for (String param : new String[] {"resource", "resourceId", "requestId"}) {
            p.add(probe("audit 300 characters as " + param, "admin", "GET", "/health/audit?" + param + "=" + "a".repeat(300), null, param));
            p.add(probe("audit a line feed in " + param, "admin", "GET", "/health/audit?" + param + "=ab%0Acd", null, param));
            p.add(probe("audit a tab in " + param, "admin", "GET", "/health/audit?" + param + "=ab%09cd", null, param));
        }
        String[][] dayLists = {{"/health/work-lists/pending-results", "olderThanDays"}, {"/health/work-lists/prep-follow-ups", "withinDays"},
                {"/health/work-lists/second-doses", "withinDays"}};
        for (String[] list : dayLists) {
            for (String v : new String[] {"2147483647", "-1", "1651392000", "%2014", "14%00", "1e3", NATIONAL_ID}) {
                p.add(secret(list[0] + "?" + list[1] + "=" + v, "clinician", "GET", list[0] + "?" + list[1] + "=" + v, null, list[1],
                        v.equals(NATIONAL_ID) ? NATIONAL_ID : null));
            }
        }
        return p;
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void refusedQuicklyWithoutEcho(Probe probe) {
        probe.check();
    }

    @Test
    void hostileWritesLeaveNothingBehind() {
        String code = Clinic.newClient();
        // the second line is hostile: the first must not be recorded either
        Clinic.clinician().body("{\"clientCode\":\"" + code + "\",\"professionalType\":\"NURSE\",\"services\":[{\"category\":\"PEP\"},"
                + "{\"category\":\"PREP\",\"prepStage\":\"START\",\"regimen\":\"DAILY\",\"prescribedOn\":\"+999999999-12-31\"}]}")
                .post("/health/consultations").then().statusCode(400);
        Clinic.clinician().body("{\"clientCode\":\"" + code + "\",\"professionalType\":\"NURSE\",\"note\":\"a\\u0000b\",\"services\":[{\"category\":\"PEP\"}]}")
                .post("/health/consultations").then().statusCode(400);
        Clinic.clinician().queryParam("clientCode", code).queryParam("includeVoided", "true").get("/health/consultations").then().statusCode(200)
                .body("total", is(0));
        Clinic.clinician().body("{\"clientCode\":\"" + code + "\\u0000\"}").post("/health/invitations").then().statusCode(400);
        Clinic.clinician().get("/health/invitations").then().statusCode(200).body("items.findAll { it.clientCode == '" + code + "' }.size()", is(0));
    }
}
