package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.rebuild.RebuildState;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.AnnualReport.Count;
import org.junit.jupiter.api.Test;

/**
 * The health, legal-aid and outreach areas' own figures from their events, through the real broker
 * into the real database: every event delivered twice (counted once), voids before and after their
 * records, merged codes, a contact linked to a client later (counted once), events of the year before;
 * then the municipality's suppressed view, the CSV, and a rebuild that gives the same figures.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AreaFiguresTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void theAreasFiguresAreCountedOnceVoidedExactlySuppressedAndRebuilt() throws Exception {
        int y = TestData.freshYears(2) + 1;
        String p = TestData.codePrefix("AF");
        String a = p + "A";
        String b = p + "B";
        String c = p + "C";
        String m = p + "M";
        String site = "site-" + p;
        LocalDate day = LocalDate.of(y, 4, 20);
        Instant at = Instant.parse(y + "-04-20T11:00:00Z");
        Instant lastYear = Instant.parse((y - 1) + "-06-01T11:00:00Z");
        UUID h12 = UUID.randomUUID();
        UUID c4 = UUID.randomUUID();
        UUID o3 = UUID.randomUUID();

        // first: the clients, a merge, and voids that arrive before their records
        EventSender.sendAndAwait(ds, List.of(
                Events.clientRegistered(a, "WOMAN", "NO", "26-30", day),
                Events.clientRegistered(b, "MAN", "RO", "31-35", day),
                Events.clientRegistered(c, "TRANS_WOMAN", "TH", "36-40", day),
                Events.clientRegistered(m, "MAN", null, null, day),
                Events.merged(m, b),
                Events.healthVoided(h12, c, at, "COUNSELLING"),
                Events.caseVoided(c4, a, day)));

        UUID h7 = UUID.randomUUID();
        UUID h10 = UUID.randomUUID();
        UUID i5 = UUID.randomUUID();
        UUID o1 = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c5 = UUID.randomUUID();
        List<Events.Ev> year = new ArrayList<>(List.of(
                // health: 9 standing lines; PrEP: A only; mpox: A and B (through the merged M)
                Events.healthRecorded(UUID.randomUUID(), a, at, "PREP", null, "START"),
                Events.healthRecorded(UUID.randomUUID(), a, at, "PREP", null, "FOLLOW_UP"),
                Events.healthRecorded(UUID.randomUUID(), a, at, "VACCINATION", "MPOX", null),
                Events.healthRecorded(UUID.randomUUID(), a, at.plusSeconds(86400 * 30), "VACCINATION", "MPOX", null),
                Events.healthRecorded(UUID.randomUUID(), b, at, "PREP", null, "ASSESSMENT"),
                Events.healthRecorded(UUID.randomUUID(), b, at, "STI_TEST", null, null),
                Events.healthRecorded(h7, b, at, "STI_TEST", null, null),
                Events.healthVoided(h7, b, at, "STI_TEST"),
                Events.healthRecorded(UUID.randomUUID(), b, at, "VACCINATION", "HPV", null),
                Events.healthRecorded(UUID.randomUUID(), m, at, "VACCINATION", "MPOX", null),
                Events.healthRecorded(h10, c, at, "PREP", null, "FOLLOW_UP"),
                Events.healthVoided(h10, c, at, "PREP"),
                Events.healthRecorded(UUID.randomUUID(), c, at, "TREATMENT", null, null),
                Events.healthRecorded(h12, c, at, "COUNSELLING", null, null),
                Events.healthRecorded(UUID.randomUUID(), a, lastYear, "PREP", null, "START"),
                // legal shifts: 4 held, 2 nobody came, 1 cancelled in the year; one held the year before
                Events.legalShift("LegalShiftHeld", UUID.randomUUID(), day, "REGULAR"),
                Events.legalShift("LegalShiftHeld", UUID.randomUUID(), day.plusDays(7), "REGULAR"),
                Events.legalShift("LegalShiftHeld", UUID.randomUUID(), day.plusDays(14), "SUBSTITUTE"),
                Events.legalShift("LegalShiftHeld", UUID.randomUUID(), LocalDate.of(y, 12, 31), "REGULAR"),
                Events.legalShift("LegalShiftNobodyCame", UUID.randomUUID(), day.plusDays(21), "REGULAR"),
                Events.legalShift("LegalShiftNobodyCame", UUID.randomUUID(), LocalDate.of(y, 1, 1), "REGULAR"),
                Events.legalShift("LegalShiftCancelled", UUID.randomUUID(), day.plusDays(28), "REGULAR"),
                Events.legalShift("LegalShiftHeld", UUID.randomUUID(), LocalDate.of(y - 1, 12, 31), "REGULAR"),
                // inquiries: 5 standing (2 YES, 2 NO, 1 NOT_ASKED), persons A and B (through M)
                Events.legalInquiry(UUID.randomUUID(), a, at, "YES", "CRIMINAL"),
                Events.legalInquiry(UUID.randomUUID(), b, at, "YES", "FAMILY", "FINANCES"),
                Events.legalInquiry(UUID.randomUUID(), null, at, "NO", "IMMIGRATION"),
                Events.legalInquiry(UUID.randomUUID(), null, at, "NOT_ASKED", "OTHER"),
                Events.legalInquiry(i5, c, at, "YES", "HOUSING_AND_TENANCY"),
                Events.legalInquiryVoided(i5, c, at),
                Events.legalInquiry(UUID.randomUUID(), m, at, "NO", "FAMILY"),
                // cases opened in the year: CRIMINAL resolved, FAMILY referred, IMMIGRATION open; one voided; one of last year
                Events.caseOpened(c1, a, day, "CRIMINAL"),
                Events.caseClosed(c1, a, day, "CRIMINAL", day, "RESOLVED_ON_SITE"),
                Events.caseClosed(c2, b, day, "FAMILY", day.plusDays(30), "REFERRED"),
                Events.caseOpened(c2, b, day, "FAMILY"),
                Events.caseOpened(UUID.randomUUID(), null, day, "IMMIGRATION"),
                Events.caseOpened(c4, a, day, "FAMILY"),
                Events.caseOpened(c5, b, LocalDate.of(y - 1, 11, 1), "HOUSING_AND_TENANCY"),
                Events.caseClosed(c5, b, LocalDate.of(y - 1, 11, 1), "HOUSING_AND_TENANCY", day, "RESOLVED_ON_SITE"),
                // outreach contacts: WHATSAPP 2 (one linked to A later), SMS 1 (B); one voided; one the year before
                Events.outreachRecorded(o1, null, at, "WHATSAPP"),
                Events.outreachRecorded(o1, a, at, "WHATSAPP"),
                Events.outreachRecorded(UUID.randomUUID(), null, at, "WHATSAPP"),
                Events.outreachRecorded(o3, null, at, "SMS"),
                Events.outreachVoided(o3, null, at),
                Events.outreachRecorded(UUID.randomUUID(), b, at, "SMS"),
                Events.outreachRecorded(UUID.randomUUID(), null, lastYear, "INSTAGRAM"),
                Events.streetShift(UUID.randomUUID(), at, 7, 100, 40, 10, 5),
                Events.streetShift(UUID.randomUUID(), at.plusSeconds(86400 * 7), 3, 50, 0, 0, 0),
                Events.streetShift(UUID.randomUUID(), lastYear, 9, 80, 0, 0, 0),
                Events.assignment(UUID.randomUUID(), at, "SCHOOL_CLASS"),
                Events.assignment(UUID.randomUUID(), at, "SCHOOL_CLASS"),
                Events.assignment(UUID.randomUUID(), at, "LECTURE"),
                Events.assignment(UUID.randomUUID(), lastYear, "LECTURE"),
                Events.adCount(site, (y - 1) + "-W10", 400),
                Events.adCount(site, (y - 1) + "-W11", 408),
                Events.adCount(site, y + "-W10", 660),
                Events.adCount(site, y + "-W11", 670)));
        EventSender.send(year);
        EventSender.sendAndAwait(ds, year); // every event a second time: a duplicate changes nothing

        AnnualReport r = Api.annual(y);
        AnnualReport.HealthFigures h = r.health();
        assertEquals(counts("STI_TEST", 1, "TREATMENT", 1, "PREP", 3, "VACCINATION", 4), nonZero(h.servicesByCategory()));
        assertEquals(9, r.areas().get(2).services());
        assertEquals("HEALTH 3/9 04:3/8 05:1/1", AreaLines.of(r.areas().get(2)),
                "per month: B and its merged M are one person in April; A's second mpox dose in May; voids removed");
        assertEquals(1, h.personsOnPrep(), "A started and followed up; B only assessed; C's follow-up voided");
        assertEquals(2, h.personsVaccinatedMpox(), "A twice, and B through the merged code");

        AnnualReport.LegalFigures l = r.legal();
        assertEquals(7, l.shifts());
        assertEquals(counts("HELD", 4, "NOBODY_CAME", 2, "CANCELLED", 1), nonZero(l.shiftsByStatus()));
        assertEquals(5, l.inquiries());
        assertEquals(counts("YES", 2, "NO", 2, "NOT_ASKED", 1), nonZero(l.wouldNotOtherwise()));
        assertEquals(0.5, l.wouldNotOtherwiseShare());
        assertEquals(3, l.casesOpened());
        assertEquals(counts("CRIMINAL", 1, "FAMILY", 1, "IMMIGRATION", 1), nonZero(l.casesByArea()));
        assertEquals(counts("OPEN", 1, "RESOLVED_ON_SITE", 1, "REFERRED", 1), nonZero(l.casesByOutcome()));
        assertEquals(counts("WOMAN", 1, "MAN", 1), nonZero(l.inquirersByGender()));
        assertEquals(2, r.areas().get(3).uniquePersons());

        AnnualReport.OutreachFigures o = r.outreach();
        assertEquals(3, o.contacts(), "the linked contact once, the voided one not");
        assertEquals(counts("WHATSAPP", 2, "SMS", 1), nonZero(o.contactsByChannel()));
        assertEquals("OUTREACH 2/2 04:2/2", AreaLines.of(r.areas().get(4)), "the contacts that name a client");
        assertEquals(2, o.streetShifts());
        assertEquals(10, o.streetShiftContacts());
        assertEquals(counts("CONDOMS", 150, "LUBE", 40, "INFORMATION_LEAFLETS", 15), nonZero(o.handOuts()));
        assertEquals(3, o.assignments());
        assertEquals(counts("LECTURE", 1, "SCHOOL_CLASS", 2), nonZero(o.assignmentsByKind()));
        AnnualReport.AdSite ads = o.adSites().stream().filter(s -> s.site().equals(site)).findFirst().orElseThrow();
        assertEquals(new AnnualReport.AdSite(site, 2, 1330, 665.0, 404.0, (665.0 - 404.0) / 404.0,
                List.of(new AnnualReport.WeekCount(y + "-W10", 660), new AnnualReport.WeekCount(y + "-W11", 670))), ads);

        String csv = given().auth().oauth2(Api.token("analyst")).accept("text/csv").get("/stats/annual/" + y)
                .then().statusCode(200).extract().asString();
        for (String line : List.of("healthServices,VACCINATION,4", "health,personsOnPrep,1", "legalShifts,NOBODY_CAME,2",
                "legal,wouldNotOtherwiseShare,0.5", "legalCaseOutcome,REFERRED,1", "outreachChannel,WHATSAPP,2",
                "outreachHandOuts,CONDOMS,150", "outreachAssignments,SCHOOL_CLASS,2", "adSiteAds," + site + ",1330",
                "adSiteWeek," + site + " " + y + "-W11,670", "areaMonthServices,HEALTH " + y + "-04,8",
                "areaMonthUniquePersons,HEALTH " + y + "-05,1")) {
            assertTrue(csv.contains("\n" + line + "\n"), line + " in\n" + csv);
        }
        assertFalse(csv.contains(a) || csv.contains(b), "no client code in the CSV");

        // the municipality: every count of 1 or 2 hidden, every published count the true one
        JsonNode truth = given().auth().oauth2(Api.token("analyst")).get("/stats/annual/" + y).then().statusCode(200)
                .extract().as(JsonNode.class);
        JsonNode pub = given().auth().oauth2(Api.token("municipality")).get("/stats/public/annual/" + y).then().statusCode(200)
                .extract().as(JsonNode.class);
        int[] hidden = {0};
        compare("", truth, pub, hidden);
        assertTrue(hidden[0] >= 20, "small cells hidden: " + hidden[0]);
        AnnualReport pr = Api.publicAnnual(y);
        assertNull(pr.legal().wouldNotOtherwiseShare(), "the share gives YES and NO (2 and 2) away");
        assertEquals(150, pr.outreach().handOuts().get(0).count());
        assertNull(pr.health().personsOnPrep());

        // a rebuild replays the areas' facts into the same figures
        String admin = Api.token("admin");
        given().auth().oauth2(admin).post("/stats/rebuild").then().statusCode(202);
        assertEquals(RebuildState.IDLE, Rebuilds.awaitEnd(admin).state());
        assertEquals(r, Api.annual(y));
    }

    /** Walks the analysts' and the public report side by side: a count of 1 or 2 is hidden; a published count is the true one. */
    private static void compare(String path, JsonNode truth, JsonNode pub, int[] hidden) {
        if (truth.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (path.equals("/feedback") && e.getKey().equals("scores")) {
                    continue; // not published
                }
                compare(path + "/" + e.getKey(), e.getValue(), pub.path(e.getKey()), hidden);
            }
        } else if (truth.isArray() && path.startsWith("/demographics")) {
            // the public breakdowns list every category of the contract (zeros included): match by name
            Map<String, JsonNode> byName = new java.util.HashMap<>();
            pub.forEach(c -> byName.put(c.get("category").asText(), c));
            assertTrue(pub.size() >= truth.size(), path);
            for (JsonNode c : truth) {
                compare(path + "/" + c.get("category").asText(), c, byName.get(c.get("category").asText()), hidden);
            }
        } else if (truth.isArray()) {
            assertEquals(truth.size(), pub.size(), path);
            for (int i = 0; i < truth.size(); i++) {
                compare(path + "/" + i, truth.get(i), pub.get(i), hidden);
            }
        } else if (truth.isInt() && !path.equals("/year") && !path.endsWith("/weeksCounted")) {
            if (pub.isNull()) {
                hidden[0]++;
            } else {
                assertFalse(truth.intValue() >= 1 && truth.intValue() < 3, path + " = " + truth + " published");
                assertEquals(truth.intValue(), pub.intValue(), path);
            }
        }
    }

    private static List<Count> nonZero(List<Count> counts) {
        return counts.stream().filter(x -> x.count() != 0).toList();
    }

    private static List<Count> counts(Object... pairs) {
        List<Count> result = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            result.add(new Count((String) pairs[i], (Integer) pairs[i + 1]));
        }
        return result;
    }
}
