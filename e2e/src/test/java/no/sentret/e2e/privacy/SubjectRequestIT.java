package no.sentret.e2e.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import no.sentret.e2e.Gateway;
import no.sentret.e2e.SuiteUnderTest;
import no.sentret.e2e.Tokens;
import no.sentret.e2e.contract.ResponseSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A data subject's request end to end (issue 18), through the gateway with Keycloak's tokens: a client
 * with records in every service, one of them in a closed year that the privacy officer freezes; the
 * officer's export request returns each service's part (stats' too: the client row and this year's services), health's and legal
 * aid's once a clinician and a lawyer have released them (the first request finds them held back and waiting in the record
 * keepers' lists), and the health and legal-aid reads are in the officer's audit trail under the export's trace; then the erasure: every service's records under the
 * code are gone (the export shows nothing, the staff, clinician, lawyer and outreach reads answer as for a
 * code never issued), the frozen year's figures are exactly as published, the open year is recounted.
 */
@ExtendWith(SuiteUnderTest.class)
class SubjectRequestIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final List<String> SECTIONS = List.of("visit", "health", "legal", "outreach", "stats");
    private static final ResponseSchemas CONTRACT = ResponseSchemas.published();
    private static final String EXPORT = "/api/privacy/clients/{clientCode}/export";

    @Test
    void exportThenErasureAcrossEveryService(Gateway gateway, Tokens tokens) {
        String admin = tokens.user("admin");
        String staff = tokens.user("staff");
        String clinician = tokens.user("clinician");
        String lawyer = tokens.user("lawyer");
        String coordinator = tokens.user("legal-coordinator");
        String outreach = tokens.user("outreach");
        int closed = unfrozenPastYear(gateway, admin);
        LocalDate today = LocalDate.now(OSLO);
        int open = today.getYear();
        JsonNode openBefore = annual(gateway, tokens, open);
        JsonNode closedBefore = annual(gateway, tokens, closed);

        // a client first registered in the closed year (back-dated by admin) and served there once, then in every service this year
        String code = created(gateway.post("/api/clients", admin, Map.of("gender", "WOMAN", "nationality", "RO", "ageGroup", "26-30",
                "firstRegisteredOn", closed + "-02-01"))).path("code").asText();
        created(gateway.post("/api/visits", staff, Map.of("clientCode", code, "occurredAt", oslo(LocalDate.of(closed, 3, 10), 11),
                "activities", List.of("MEAL"))));
        Instant earlier = Instant.now().minus(2, ChronoUnit.HOURS);
        String thisYear = earlier.atZone(OSLO).getYear() == open ? earlier.atZone(OSLO).toOffsetDateTime().toString()
                : oslo(today, 0); // just after new year's midnight: midnight itself
        created(gateway.post("/api/visits", staff, Map.of("clientCode", code, "occurredAt", thisYear, "activities", List.of("CONVERSATION"))));
        created(gateway.post("/api/social-consultations", staff, Map.of("clientCode", code, "occurredAt", thisYear,
                "kind", "CONSULTATION", "topics", List.of("HOUSING"))));
        created(untilKnown(() -> gateway.post("/api/health/consultations", clinician, Map.of("clientCode", code, "occurredAt", thisYear,
                "professionalType", "NURSE", "services", List.of(Map.of("category", "COUNSELLING", "topics", List.of("SAFER_SEX")))))));
        created(untilKnown(() -> gateway.post("/api/outreach/messages", outreach, Map.of("clientCode", code, "occurredAt", thisYear,
                "channel", "WHATSAPP", "direction", "INBOUND", "topics", List.of("HEALTH")))));
        legalInquiryAndCase(gateway, coordinator, lawyer, code, today);
        int openServices = 5; // visit, consultation, health line, outreach message, legal inquiry

        // stats has them all: one more user in both years
        JsonNode closedCounted = awaitAnnual(gateway, tokens, closed,
                r -> count(r, "servicesGiven") == count(closedBefore, "servicesGiven") + 1);
        assertEquals(count(closedBefore, "uniqueUsers") + 1, count(closedCounted, "uniqueUsers"), closedCounted.toString());
        JsonNode openCounted = awaitAnnual(gateway, tokens, open,
                r -> count(r, "servicesGiven") == count(openBefore, "servicesGiven") + openServices);
        assertEquals(count(openBefore, "servicesGiven") + openServices, count(openCounted, "servicesGiven"), openCounted.toString());
        assertEquals(count(openBefore, "uniqueUsers") + 1, count(openCounted, "uniqueUsers"));

        // the closed year is frozen (as the nightly job would on 1 March): every figure as it was
        Gateway.Reply frozen = gateway.post("/api/stats/frozen-years/" + closed, admin, null);
        assertEquals(200, frozen.status(), frozen.toString());
        JsonNode closedFrozen = annual(gateway, tokens, closed);
        JsonNode closedPublic = publicAnnual(gateway, tokens, closed);
        assertEquals(closedCounted, closedFrozen, "freezing changes no figure");

        // the officer asks: health and legal aid hold their records back until their record keepers release them (issue 10)
        JsonNode asked = ok(keepsContract(EXPORT, gateway.get("/api/privacy/clients/" + code + "/export", admin)));
        for (String s : List.of("health", "legal")) {
            JsonNode section = asked.path("sections").path(s);
            assertEquals(0, section.path("records").size(), s + " holds its records back: " + section);
            assertEquals("REQUESTED", section.path("release").path("status").asText(), s + ": " + section);
        }
        assertEquals(2, asked.path("sections").path("visit").path("records").path("visits").size(), "the others answer at once");
        assertTrue(requested(ok(gateway.get("/api/health/export-requests", clinician)), code), "the clinicians see the request");
        assertTrue(requested(ok(gateway.get("/api/legal-aid/export-requests", lawyer)), code), "the lawyers see the request");
        assertEquals("RELEASED", ok(gateway.post("/api/health/export-requests/" + code + "/release", clinician, null)).path("status").asText());
        assertEquals("RELEASED", ok(gateway.post("/api/legal-aid/export-requests/" + code + "/release", lawyer, null)).path("status").asText());

        // released: the export, one request, a part per service, each read audited under the request's trace
        JsonNode export = ok(keepsContract(EXPORT, gateway.get("/api/privacy/clients/" + code.toLowerCase() + "/export", admin)));
        assertEquals(code, export.path("clientCode").asText());
        assertEquals(Set.copyOf(SECTIONS), fieldNames(export.path("sections")), export.toString());
        JsonNode sections = export.path("sections");
        assertEquals(2, sections.path("visit").path("records").path("visits").size(), "both visits: " + sections.path("visit"));
        assertEquals(1, sections.path("visit").path("records").path("socialConsultations").size());
        assertEquals(1, sections.path("visit").path("records").path("client").size());
        assertEquals(1, sections.path("health").path("records").path("consultations").size());
        assertEquals(1, sections.path("health").path("records").path("serviceLines").size());
        assertEquals(1, sections.path("legal").path("records").path("inquiries").size());
        assertEquals(1, sections.path("legal").path("records").path("cases").size());
        assertEquals(1, sections.path("outreach").path("records").path("messages").size());
        assertEquals("RELEASED", sections.path("health").path("release").path("status").asText());
        assertEquals("RELEASED", sections.path("legal").path("release").path("status").asText());
        for (String s : SECTIONS) {
            assertEquals(code, sections.path(s).path("clientCode").asText(), s);
        }
        // stats: the client row (the frozen year left only the first and last date it saw the code) and this year's
        // services, one per area, under the code; the frozen year's visit is under a pseudonym, not here
        JsonNode stats = sections.path("stats").path("records");
        assertEquals(1, stats.path("client").size(), "stats' client row: " + stats);
        assertEquals(code, stats.path("client").path(0).path("code").asText());
        assertEquals("RO", stats.path("client").path(0).path("nationality").asText());
        assertEquals(closed + "-03-10", stats.path("client").path(0).path("frozen_first_seen").asText(), stats.toString());
        assertEquals(0, stats.path("clientAliases").size());
        Set<String> areas = new HashSet<>();
        for (JsonNode event : stats.path("serviceEvents")) {
            assertEquals(code, event.path("client_code").asText(), event.toString());
            assertEquals(open, event.path("oslo_year").asInt(), "only open years hold the code: " + event);
            areas.add(event.path("area").asText());
        }
        assertEquals(openServices, stats.path("serviceEvents").size(), stats.toString());
        assertEquals(Set.of("STUA", "SOCIAL", "HEALTH", "LEGAL", "OUTREACH"), areas);
        String trace = export.path("requestId").asText();
        assertEquals(32, trace.length(), "the export names its trace: " + export.path("requestId"));
        Set<String> audited = awaitTrailOf(gateway, admin, trace, Set.of("health", "legal"));
        assertEquals(Set.of("health", "legal"), audited, "the special-category services' reads in the officer's trail");

        // the erasure, at visit-service; every other service acts on its event
        JsonNode erased = ok(gateway.post("/api/clients/" + code + "/erase", admin, null));
        assertEquals(code, erased.path("clientCode").asText());
        JsonNode after = awaitExport(gateway, admin, code, SubjectRequestIT::nothingHeld);
        assertTrue(nothingHeld(after), "every service's part is empty after the erasure: " + after);

        // the reads of each role answer as for a code never issued
        String unknown = neverIssuedCode();
        assertSameAnswer(gateway, staff, "/api/clients/", code, unknown);
        assertSameAnswer(gateway, staff, "/api/visits?clientCode=", code, unknown);
        assertSameAnswer(gateway, clinician, "/api/health/consultations?clientCode=", code, unknown);
        assertSameAnswer(gateway, lawyer, "/api/legal-aid/inquiries?clientCode=", code, unknown);
        assertSameAnswer(gateway, lawyer, "/api/legal-aid/cases?clientCode=", code, unknown);
        assertSameAnswer(gateway, outreach, "/api/outreach/messages?clientCode=", code, unknown);

        // stats: the open year recounted (the person gone, the services kept), the frozen year exactly as published
        JsonNode openAfter = awaitAnnual(gateway, tokens, open, r -> count(r, "uniqueUsers") == count(openBefore, "uniqueUsers"));
        assertEquals(count(openBefore, "uniqueUsers"), count(openAfter, "uniqueUsers"), "the erased person is no user of the open year");
        assertEquals(count(openBefore, "servicesGiven") + openServices, count(openAfter, "servicesGiven"), "the services stay, anonymous");
        assertEquals(closedFrozen, annual(gateway, tokens, closed), "the frozen year's figures are unchanged by the erasure");
        assertEquals(closedPublic, publicAnnual(gateway, tokens, closed), "and so are the municipality's");
    }

    /** Puts the lawyer on the roster (once per suite), plans a shift on a free past day of this year, records an inquiry and a case. */
    private static void legalInquiryAndCase(Gateway gateway, String coordinator, String lawyer, String code, LocalDate today) {
        String subject = Tokens.claims(lawyer).path("sub").asText();
        Gateway.Reply roster = gateway.post("/api/legal-aid/lawyers", coordinator, Map.of("subject", subject, "kind", "REGULAR"));
        assertTrue(roster.status() == 201 || roster.status() == 409, roster.toString());
        String lawyerId = ok(gateway.get("/api/legal-aid/lawyers/me", lawyer)).path("id").asText();
        SecureRandom random = new SecureRandom();
        String shiftId = null;
        LocalDate date = today;
        for (int attempt = 0; shiftId == null && attempt < 30; attempt++) {
            // a day of this year before today (shifts on one day may not overlap: another run may hold it)
            int daysBack = today.getDayOfYear() > 1 ? 1 + random.nextInt(today.getDayOfYear() - 1) : 0;
            date = today.minusDays(daysBack);
            Gateway.Reply planned = gateway.post("/api/legal-aid/shifts", coordinator,
                    Map.of("date", date.toString(), "start", "07:00", "end", "09:00", "lawyerId", lawyerId));
            if (planned.status() != 409) {
                shiftId = created(planned).path("id").asText();
            }
        }
        assertTrue(shiftId != null, "a free day for a shift");
        String shift = shiftId;
        Map<String, Object> inquiry = new HashMap<>(Map.of("shiftId", shift, "occurredAt", oslo(date, 8),
                "areas", List.of("FAMILY"), "wouldNotOtherwiseHaveSoughtLawyer", "YES", "clientCode", code));
        String inquiryId = created(untilKnown(() -> gateway.post("/api/legal-aid/inquiries", lawyer, inquiry))).path("id").asText();
        created(gateway.post("/api/legal-aid/cases", lawyer, Map.of("inquiryId", inquiryId, "area", "FAMILY")));
        Gateway.Reply held = gateway.post("/api/legal-aid/shifts/" + shift + "/held", lawyer, null);
        assertEquals(200, held.status(), held.toString());
    }

    /** The latest past year no earlier run froze and no other test plays (CompressedYearIT: 2014-2019; the others: this year). */
    private static int unfrozenPastYear(Gateway gateway, String admin) {
        Set<Integer> frozen = new HashSet<>();
        ok(gateway.get("/api/stats/frozen-years", admin)).forEach(y -> frozen.add(y.path("year").asInt()));
        for (int year = 2013; year >= 1991; year--) {
            if (!frozen.contains(year)) {
                return year;
            }
        }
        throw new AssertionError("every year 1991-2013 is frozen on this suite: mvn clean in e2e/ starts afresh");
    }

    /** Whether a record keeper's list of what the privacy officer asks for holds {@code code}. */
    private static boolean requested(JsonNode awaiting, String code) {
        for (JsonNode request : awaiting) {
            if (code.equals(request.path("clientCode").asText()) && "REQUESTED".equals(request.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nothingHeld(JsonNode export) {
        for (String s : SECTIONS) {
            for (JsonNode records : export.path("sections").path(s).path("records")) {
                if (records.size() > 0) {
                    return false;
                }
            }
        }
        return export.path("sections").size() == SECTIONS.size();
    }

    private static JsonNode awaitExport(Gateway gateway, String admin, String code, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode last = ok(gateway.get("/api/privacy/clients/" + code + "/export", admin));
        while (!done.test(last) && System.nanoTime() < deadline) {
            sleep(500);
            last = ok(gateway.get("/api/privacy/clients/" + code + "/export", admin));
        }
        return last;
    }

    /** The services of the trail entries under this trace, once every expected one shows (the services write their audit row as they answer). */
    private static Set<String> awaitTrailOf(Gateway gateway, String admin, String trace, Set<String> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<String> services = new HashSet<>();
        while (!services.containsAll(expected) && System.nanoTime() < deadline) {
            services.clear();
            for (JsonNode item : ok(keepsContract("/api/privacy/audit", gateway.get("/api/privacy/audit?size=200", admin))).path("items")) {
                if (trace.equals(item.path("requestId").asText()) && "client-export".equals(item.path("resource").asText())
                        && "READ".equals(item.path("action").asText())) {
                    services.add(item.path("service").asText());
                }
            }
            if (!services.containsAll(expected)) {
                sleep(500);
            }
        }
        return services;
    }

    private static void assertSameAnswer(Gateway gateway, String token, String path, String erased, String unknown) {
        Gateway.Reply forErased = gateway.get(path + erased, token);
        Gateway.Reply forUnknown = gateway.get(path + unknown, token);
        assertEquals(forUnknown.status(), forErased.status(), path + ": " + forErased + " / never issued: " + forUnknown);
        if (forUnknown.status() == 200) {
            assertEquals(withoutVolatile(forUnknown.json()), withoutVolatile(forErased.json()), path);
        }
    }

    /** A list answer without what differs between two calls anyway (none today; the codes are not echoed in lists). */
    private static JsonNode withoutVolatile(JsonNode answer) {
        return answer.has("items") ? answer.path("items") : answer;
    }

    /** A well-formed code from the issuing alphabet, twelve long: the front desk issues shorter ones. */
    private static String neverIssuedCode() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static JsonNode annual(Gateway gateway, Tokens tokens, int year) {
        return ok(gateway.get("/api/stats/annual/" + year, tokens.user("analyst")));
    }

    private static JsonNode publicAnnual(Gateway gateway, Tokens tokens, int year) {
        return ok(gateway.get("/api/stats/public/annual/" + year, tokens.municipality()));
    }

    private static JsonNode awaitAnnual(Gateway gateway, Tokens tokens, int year, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode last = annual(gateway, tokens, year);
        while (!done.test(last) && System.nanoTime() < deadline) {
            sleep(500);
            last = annual(gateway, tokens, year);
        }
        return last;
    }

    /** A code registered at the front desk reaches the other services' directories within about a second: their 422 is retried. */
    private static Gateway.Reply untilKnown(Supplier<Gateway.Reply> call) {
        Gateway.Reply reply = call.get();
        for (int i = 0; i < 50 && reply.status() == 422 && reply.body().contains("code"); i++) {
            sleep(200);
            reply = call.get();
        }
        return reply;
    }

    private static String oslo(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(OSLO).toOffsetDateTime().toString();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The gateway's own answers (its privacy endpoints, documented by hand in gateway/src/main/openapi/privacy.yaml)
     * against the published contract's schema, which refers to each service's own schemas for their sections.
     */
    private static Gateway.Reply keepsContract(String template, Gateway.Reply reply) {
        assertEquals("", CONTRACT.violations("GET", template, reply.status(), reply.body()), template + ": " + reply);
        return reply;
    }

    private static JsonNode ok(Gateway.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonNode created(Gateway.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static long count(JsonNode report, String field) {
        return report.path(field).asLong(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
