package no.sentret.legal;

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
 * where a date belongs, padded enums, malformed UUIDs in paths and bodies, absurd paging. Each is a
 * quick 400 problem naming the field, never repeating the caller's value, and writes nothing.
 */
@QuarkusTest
class HostileInputTest {

    private static final String ANY_ID = "5b1f4a9e-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String BASE = "\"shiftId\":\"" + ANY_ID + "\",\"areas\":[\"FAMILY\"],\"wouldNotOtherwiseHaveSoughtLawyer\":\"YES\"";
    private static final String SHIFT = "\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerId\":\"" + ANY_ID + "\"";
    private static final String TERM = "\"dayOfWeek\":\"WEDNESDAY\",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerIds\":[\"" + ANY_ID + "\"]";
    /** A malformed id in a path, and one that carries a national ID number. */
    private static final String[] BAD_IDS = {"not-a-uuid", NATIONAL_ID, "5b1f4a9e-2c3d-4e5f-8a9b-0c1d2e3f4a5", "%20" + ANY_ID};
    /** Query parameters that are dates, with their list endpoints. */
    private static final String[][] PERIOD_LISTS = {
            {"legal-coordinator", "/legal-aid/shifts"}, {"lawyer", "/legal-aid/inquiries"}, {"lawyer", "/legal-aid/cases"},
            {"legal-coordinator", "/legal-aid/summary"}, {"admin", "/legal-aid/audit"}};

    static List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        // inquiries (the first probes, kept)
        p.add(probe("60,000 characters as a client code", "lawyer", "POST", "/legal-aid/inquiries", "{\"clientCode\":\"" + LONG_TEXT + "\"," + BASE + "}", "clientCode"));
        p.add(probe("NUL in a body code", "lawyer", "POST", "/legal-aid/inquiries", "{\"clientCode\":\"AB\\u0000CD\"," + BASE + "}", "clientCode"));
        p.add(probe("a bell in a body code", "lawyer", "POST", "/legal-aid/inquiries", "{\"clientCode\":\"AB\\u0007CD\"," + BASE + "}", "clientCode"));
        p.add(secret("a national ID as a client code", "lawyer", "POST", "/legal-aid/inquiries", "{\"clientCode\":\"" + NATIONAL_ID + "\"," + BASE + "}",
                "clientCode", NATIONAL_ID));
        for (String at : TIMESTAMPS_OUT_OF_RANGE) {
            p.add(probe("inquiry occurredAt " + at, "lawyer", "POST", "/legal-aid/inquiries", "{\"occurredAt\":\"" + at + "\"," + BASE + "}", "occurredAt"));
        }
        for (String at : NOT_A_TIMESTAMP) {
            p.add(secret("inquiry occurredAt " + at, "lawyer", "POST", "/legal-aid/inquiries", "{\"occurredAt\":" + at + "," + BASE + "}", "occurredAt", NATIONAL_ID));
        }
        p.add(probe("padded area", "lawyer", "POST", "/legal-aid/inquiries", "{\"shiftId\":\"" + ANY_ID + "\",\"areas\":[\" FAMILY\"],"
                + "\"wouldNotOtherwiseHaveSoughtLawyer\":\"YES\"}", "areas[0]"));
        p.add(probe("padded sub-area", "lawyer", "POST", "/legal-aid/inquiries", "{\"criminalSubAreas\":[\"THEFT \"]," + BASE + "}", "criminalSubAreas[0]"));
        p.add(probe("padded would-not-otherwise", "lawyer", "POST", "/legal-aid/inquiries", "{\"shiftId\":\"" + ANY_ID + "\",\"areas\":[\"FAMILY\"],"
                + "\"wouldNotOtherwiseHaveSoughtLawyer\":\"YES \"}", "wouldNotOtherwiseHaveSoughtLawyer"));
        p.add(secret("a national ID as a shift id", "lawyer", "POST", "/legal-aid/inquiries", "{\"shiftId\":\"" + NATIONAL_ID + "\",\"areas\":[\"FAMILY\"],"
                + "\"wouldNotOtherwiseHaveSoughtLawyer\":\"YES\"}", "shiftId", NATIONAL_ID));
        // the roster
        p.add(probe("60,000 characters as a subject", "legal-coordinator", "POST", "/legal-aid/lawyers", "{\"subject\":\"" + LONG_TEXT + "\",\"kind\":\"REGULAR\"}", "subject"));
        p.add(probe("NUL in a subject", "legal-coordinator", "POST", "/legal-aid/lawyers", "{\"subject\":\"ab\\u0000cd\",\"kind\":\"REGULAR\"}", "subject"));
        p.add(probe("a newline in a subject", "legal-coordinator", "POST", "/legal-aid/lawyers", "{\"subject\":\"ab\\ncd\",\"kind\":\"REGULAR\"}", "subject"));
        p.add(probe("padded kind", "legal-coordinator", "POST", "/legal-aid/lawyers", "{\"subject\":\"hostile-kind\",\"kind\":\" REGULAR\"}", "kind"));
        p.add(secret("a national ID as reassignTo", "legal-coordinator", "POST", "/legal-aid/lawyers/" + ANY_ID + "/leave",
                "{\"reassignTo\":\"" + NATIONAL_ID + "\"}", "reassignTo", NATIONAL_ID));
        // shifts and terms
        for (String d : DATES_OUT_OF_RANGE) {
            p.add(probe("shift date " + d, "legal-coordinator", "POST", "/legal-aid/shifts", "{\"date\":\"" + d + "\"," + SHIFT + "}", "date"));
            p.add(probe("term from " + d, "legal-coordinator", "POST", "/legal-aid/shifts/term", "{\"from\":\"" + d + "\",\"to\":\"2001-03-01\"," + TERM + "}", "from"));
            p.add(probe("term skip date " + d, "legal-coordinator", "POST", "/legal-aid/shifts/term",
                    "{\"from\":\"2001-01-01\",\"to\":\"2001-03-01\",\"skipDates\":[\"" + d + "\"]," + TERM + "}", "skipDates[0]"));
            p.add(probe("case closedOn " + d, "lawyer", "POST", "/legal-aid/cases/" + ANY_ID + "/close",
                    "{\"outcome\":\"RESOLVED_ON_SITE\",\"closedOn\":\"" + d + "\"}", "closedOn"));
        }
        for (String d : NOT_A_DATE) {
            p.add(secret("shift date " + d, "legal-coordinator", "POST", "/legal-aid/shifts", "{\"date\":" + d + "," + SHIFT + "}", "date", NATIONAL_ID));
            p.add(secret("term to " + d, "legal-coordinator", "POST", "/legal-aid/shifts/term", "{\"from\":\"2001-01-01\",\"to\":" + d + "," + TERM + "}", "to", NATIONAL_ID));
            p.add(secret("case closedOn " + d, "lawyer", "POST", "/legal-aid/cases/" + ANY_ID + "/close",
                    "{\"outcome\":\"RESOLVED_ON_SITE\",\"closedOn\":" + d + "}", "closedOn", NATIONAL_ID));
        }
        p.add(secret("a digit string as a start time", "legal-coordinator", "POST", "/legal-aid/shifts",
                "{\"date\":\"2001-01-01\",\"start\":\"" + NATIONAL_ID + "\",\"end\":\"17:00\",\"lawyerId\":\"" + ANY_ID + "\"}", "start", NATIONAL_ID));
        p.add(probe("an epoch number as an end time", "legal-coordinator", "POST", "/legal-aid/shifts",
                "{\"date\":\"2001-01-01\",\"start\":\"14:00\",\"end\":1651392000,\"lawyerId\":\"" + ANY_ID + "\"}", "end"));
        p.add(probe("padded weekday", "legal-coordinator", "POST", "/legal-aid/shifts/term",
                "{\"from\":\"2001-01-01\",\"to\":\"2001-03-01\",\"dayOfWeek\":\"WEDNESDAY \",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerIds\":[\"" + ANY_ID + "\"]}",
                "dayOfWeek"));
        p.add(secret("a national ID as a lawyer id", "legal-coordinator", "POST", "/legal-aid/shifts",
                "{\"date\":\"2001-01-01\",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerId\":\"" + NATIONAL_ID + "\"}", "lawyerId", NATIONAL_ID));
        p.add(probe("padded cancel reason", "legal-coordinator", "POST", "/legal-aid/shifts/" + ANY_ID + "/cancel", "{\"reason\":\" LAWYER_ILL\"}", "reason"));
        p.add(probe("padded correction status", "legal-coordinator", "POST", "/legal-aid/shifts/" + ANY_ID + "/correct-outcome",
                "{\"status\":\"HELD \",\"reason\":\"typo\"}", "status"));
        p.add(probe("60,000 characters as a correction reason", "legal-coordinator", "POST", "/legal-aid/shifts/" + ANY_ID + "/correct-outcome",
                "{\"status\":\"HELD\",\"reason\":\"" + LONG_TEXT + "\"}", "reason"));
        p.add(probe("NUL in a correction reason", "legal-coordinator", "POST", "/legal-aid/shifts/" + ANY_ID + "/correct-outcome",
                "{\"status\":\"HELD\",\"reason\":\"by\\u0000mistake\"}", "reason"));
        p.add(secret("a national ID in a correction reason", "legal-coordinator", "POST", "/legal-aid/shifts/" + ANY_ID + "/correct-outcome",
                "{\"status\":\"HELD\",\"reason\":\"client " + NATIONAL_ID + " came\"}", "reason", NATIONAL_ID));
        // cases
        p.add(probe("padded area of a case", "lawyer", "POST", "/legal-aid/cases", "{\"inquiryId\":\"" + ANY_ID + "\",\"area\":\"FAMILY \"}", "area"));
        p.add(probe("60,000 characters as a note", "lawyer", "POST", "/legal-aid/cases", "{\"inquiryId\":\"" + ANY_ID + "\",\"area\":\"FAMILY\",\"note\":\"" + LONG_TEXT + "\"}", "note"));
        p.add(probe("NUL in a note", "lawyer", "POST", "/legal-aid/cases", "{\"inquiryId\":\"" + ANY_ID + "\",\"area\":\"FAMILY\",\"note\":\"a\\u0000b\"}", "note"));
        p.add(secret("a national ID as an inquiry id", "lawyer", "POST", "/legal-aid/cases", "{\"inquiryId\":\"" + NATIONAL_ID + "\",\"area\":\"FAMILY\"}",
                "inquiryId", NATIONAL_ID));
        p.add(probe("padded outcome", "lawyer", "POST", "/legal-aid/cases/" + ANY_ID + "/close", "{\"outcome\":\" REFERRED\",\"referredTo\":\"POLICE\"}", "outcome"));
        p.add(probe("padded referred to", "lawyer", "POST", "/legal-aid/cases/" + ANY_ID + "/close", "{\"outcome\":\"REFERRED\",\"referredTo\":\"POLICE \"}", "referredTo"));
        for (String at : TIMESTAMPS_OUT_OF_RANGE) {
            p.add(probe("meeting occurredAt " + at, "lawyer", "POST", "/legal-aid/cases/" + ANY_ID + "/meetings",
                    "{\"shiftId\":\"" + ANY_ID + "\",\"occurredAt\":\"" + at + "\"}", "occurredAt"));
        }
        for (String at : NOT_A_TIMESTAMP) {
            p.add(secret("meeting occurredAt " + at, "lawyer", "POST", "/legal-aid/cases/" + ANY_ID + "/meetings",
                    "{\"shiftId\":\"" + ANY_ID + "\",\"occurredAt\":" + at + "}", "occurredAt", NATIONAL_ID));
        }
        for (String path : new String[] {"/legal-aid/inquiries/" + ANY_ID + "/void", "/legal-aid/cases/" + ANY_ID + "/void"}) {
            p.add(probe("60,000 characters as a void reason on " + path, "lawyer", "POST", path, "{\"reason\":\"" + LONG_TEXT + "\"}", "reason"));
            p.add(probe("NUL in a void reason on " + path, "lawyer", "POST", path, "{\"reason\":\"twice\\u0000\"}", "reason"));
        }
        // malformed ids in every path that takes one
        String[][] idPaths = {
                {"legal-coordinator", "POST", "/legal-aid/lawyers/%s/leave", "{}"},
                {"legal-coordinator", "GET", "/legal-aid/shifts/%s", null},
                {"legal-coordinator", "GET", "/legal-aid/shifts/%s/outcomes", null},
                {"lawyer", "POST", "/legal-aid/shifts/%s/held", null},
                {"lawyer", "POST", "/legal-aid/shifts/%s/nobody-came", null},
                {"lawyer", "POST", "/legal-aid/shifts/%s/cancel", "{\"reason\":\"OTHER\"}"},
                {"legal-coordinator", "POST", "/legal-aid/shifts/%s/substitute", "{\"lawyerId\":\"" + ANY_ID + "\"}"},
                {"legal-coordinator", "POST", "/legal-aid/shifts/%s/correct-outcome", "{\"status\":\"HELD\",\"reason\":\"typo\"}"},
                {"lawyer", "GET", "/legal-aid/inquiries/%s", null},
                {"lawyer", "POST", "/legal-aid/inquiries/%s/void", "{\"reason\":\"twice\"}"},
                {"lawyer", "GET", "/legal-aid/cases/%s", null},
                {"lawyer", "POST", "/legal-aid/cases/%s/close", "{\"outcome\":\"RESOLVED_ON_SITE\"}"},
                {"lawyer", "GET", "/legal-aid/cases/%s/meetings", null},
                {"lawyer", "POST", "/legal-aid/cases/%s/meetings", "{\"shiftId\":\"" + ANY_ID + "\",\"occurredAt\":\"2001-01-01T15:00:00+01:00\"}"},
                {"lawyer", "POST", "/legal-aid/cases/%s/void", "{\"reason\":\"twice\"}"}};
        for (String[] e : idPaths) {
            for (String bad : BAD_IDS) {
                p.add(secret(e[1] + " " + e[2] + " with id " + bad, e[0], e[1], String.format(e[2], bad), e[3], "id", bad.equals(NATIONAL_ID) ? NATIONAL_ID : null));
            }
            p.add(probe(e[1] + " " + e[2] + " with NUL in the id", e[0], e[1], String.format(e[2], "5b1f4a9e%00"), e[3], "id"));
        }
        // every query parameter
        for (String[] list : PERIOD_LISTS) {
            String role = list[0];
            String path = list[1];
            for (String d : DATES_OUT_OF_RANGE) {
                p.add(probe(path + "?from=" + d, role, "GET", path + "?from=" + d.replace("+", "%2B") + "&to=2001-01-31", null, "from"));
                p.add(probe(path + "?to=" + d, role, "GET", path + "?from=2001-01-01&to=" + d.replace("+", "%2B"), null, "to"));
            }
            for (String d : new String[] {NATIONAL_ID, "1651392000", "", "2022-05-01T10:00:00Z", "2022-5-1", "%202022-05-01"}) {
                p.add(secret(path + "?from=" + d, role, "GET", path + "?from=" + d + "&to=2001-01-31", null, "from", d.equals(NATIONAL_ID) ? NATIONAL_ID : null));
            }
            p.add(probe(path + " NUL in from", role, "GET", path + "?from=2001-01-01%00&to=2001-01-31", null, "from"));
            if (!path.endsWith("summary")) {
                p.add(probe(path + "?page=2147483647", role, "GET", path + "?from=2001-01-01&to=2001-01-31&page=2147483647", null, "page"));
                p.add(probe(path + "?page=-1", role, "GET", path + "?from=2001-01-01&to=2001-01-31&page=-1", null, "page"));
                p.add(probe(path + "?size=0", role, "GET", path + "?from=2001-01-01&to=2001-01-31&size=0", null, "size"));
                p.add(secret(path + "?size=<national ID>", role, "GET", path + "?from=2001-01-01&to=2001-01-31&size=" + NATIONAL_ID, null, "size", NATIONAL_ID));
            }
        }
        p.add(probe("padded status in the shift register", "legal-coordinator", "GET", "/legal-aid/shifts?from=2001-01-01&to=2001-01-31&status=%20HELD", null, "status"));
        p.add(probe("padded status in the case register", "lawyer", "GET", "/legal-aid/cases?from=2001-01-01&to=2001-01-31&status=OPEN%20", null, "status"));
        for (String list : new String[] {"/legal-aid/inquiries", "/legal-aid/cases"}) {
            p.add(probe(list + " NUL in clientCode", "lawyer", "GET", list + "?clientCode=AB%00CD", null, "clientCode"));
            p.add(probe(list + " 300 characters as clientCode", "lawyer", "GET", list + "?clientCode=" + "A".repeat(300), null, "clientCode"));
            p.add(secret(list + " a national ID as clientCode", "lawyer", "GET", list + "?clientCode=" + NATIONAL_ID, null, "clientCode", NATIONAL_ID));
            p.add(probe(list + " includeVoided=yes", "lawyer", "GET", list + "?from=2001-01-01&to=2001-01-31&includeVoided=yes", null, "includeVoided"));
        }
        p.add(secret("inquiries by a malformed shiftId", "lawyer", "GET", "/legal-aid/inquiries?shiftId=" + NATIONAL_ID, null, "shiftId", NATIONAL_ID));
        p.add(probe("audit NUL in requestId", "admin", "GET", "/legal-aid/audit?requestId=ab%00cd", null, "requestId"));
        // found by the contract fuzzer: the daily counts take the trail's query, page and size included, and ignored them unchecked
        p.add(probe("audit daily page=1.5", "admin", "GET", "/legal-aid/audit/daily?page=1.5", null, "page"));
        p.add(probe("audit daily size=501", "admin", "GET", "/legal-aid/audit/daily?size=501", null, "size"));
        p.add(probe("audit daily page=2147483647", "admin", "GET", "/legal-aid/audit/daily?page=2147483647", null, "page"));
        // the audit query's text parameters were unbounded, and took line breaks
        for (String param : new String[] {"resource", "resourceId", "requestId"}) {
            p.add(probe("audit 300 characters as " + param, "admin", "GET", "/legal-aid/audit?" + param + "=" + "a".repeat(300), null, param));
            p.add(probe("audit a carriage return in " + param, "admin", "GET", "/legal-aid/audit?" + param + "=ab%0Dcd", null, param));
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
        String subject = "hostile-" + java.util.UUID.randomUUID();
        Legal.coordinator().body("{\"subject\":\"" + subject + "\\u0000\",\"kind\":\"REGULAR\"}").post("/legal-aid/lawyers").then().statusCode(400);
        Legal.coordinator().body("{\"subject\":\"" + subject + "\",\"kind\":\"REGULAR \"}").post("/legal-aid/lawyers").then().statusCode(400);
        Legal.coordinator().get("/legal-aid/lawyers").then().body("findAll { it.subject.startsWith('" + subject + "') }.size()", is(0));
        java.time.LocalDate day = Legal.days(1);
        Legal.coordinator().body("{\"from\":\"" + day + "\",\"to\":\"" + day.plusDays(6) + "\",\"dayOfWeek\":\"" + day.getDayOfWeek()
                + "\",\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerIds\":[\"" + Legal.kitLawyerId() + "\"],\"skipDates\":[\"+999999999-12-31\"]}")
                .post("/legal-aid/shifts/term").then().statusCode(400);
        Legal.coordinator().queryParam("from", day.toString()).queryParam("to", day.plusDays(6).toString()).get("/legal-aid/shifts")
                .then().body("total", is(0));
    }
}
