package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.AnnualReport.Count;
import org.junit.jupiter.api.Test;

/**
 * Voided street shifts, assignments and ad counts leave the outreach figures exactly, through the
 * real broker into the real database: a void after its record, a void before it (another partition),
 * a void delivered twice and as two events, a week counted again after its count was voided, and an
 * old count without an id (keyed by its site and week).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class OutreachVoidTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void voidsRemoveExactlyTheirRecordsInAnyOrder() {
        int y = TestData.freshYears(1);
        String site = "voids-" + TestData.codePrefix("OV").toLowerCase() + ".example";
        Instant at = Instant.parse(y + "-05-06T21:00:00Z");
        UUID standingShift = UUID.randomUUID();
        UUID voidedShift = UUID.randomUUID();
        UUID voidedEarlyShift = UUID.randomUUID();
        UUID standingAssignment = UUID.randomUUID();
        UUID voidedAssignment = UUID.randomUUID();
        UUID voidedEarlyAssignment = UUID.randomUUID();
        UUID wrongCount = UUID.randomUUID();
        UUID correctedCount = UUID.randomUUID();
        UUID voidedEarlyCount = UUID.randomUUID();

        // first the voids that arrive before their records
        Events.Ev earlyShiftVoid = Events.streetShiftVoided(voidedEarlyShift, at);
        EventSender.sendAndAwait(ds, List.of(earlyShiftVoid,
                Events.assignmentVoided(voidedEarlyAssignment, at),
                Events.adCountVoided(voidedEarlyCount, site, y + "-W20")));

        Events.Ev shiftVoid = Events.streetShiftVoided(voidedShift, at);
        EventSender.sendAndAwait(ds, List.of(
                Events.streetShift(standingShift, at, 7, 100, 40, 0, 0),
                Events.streetShift(voidedShift, at, 5, 30, 0, 10, 0),
                Events.streetShift(voidedEarlyShift, at, 9, 60, 0, 0, 0),
                shiftVoid,
                shiftVoid, // the same void delivered twice
                Events.streetShiftVoided(voidedShift, at), // and published twice (another event id)
                Events.assignment(standingAssignment, at, "SCHOOL_CLASS"),
                Events.assignment(voidedAssignment, at, "LECTURE"),
                Events.assignment(voidedEarlyAssignment, at, "COURSE"),
                Events.assignmentVoided(voidedAssignment, at),
                Events.adCount(wrongCount, site, y + "-W18", 5000),
                Events.adCountVoided(wrongCount, site, y + "-W18"),
                Events.adCount(correctedCount, site, y + "-W18", 500),
                Events.adCount(voidedEarlyCount, site, y + "-W20", 700),
                Events.adCount(site, y + "-W19", 520))); // an old count without an id
        EventSender.sendAndAwait(ds, List.of(earlyShiftVoid, Events.adCountVoided(wrongCount, site, y + "-W18"))); // late duplicates

        AnnualReport.OutreachFigures o = Api.annual(y).outreach();
        assertEquals(1, o.streetShifts(), "only the standing shift");
        assertEquals(7, o.streetShiftContacts());
        assertEquals(Map.of("CONDOMS", 100, "LUBE", 40), nonZero(o.handOuts()));
        assertEquals(1, o.assignments());
        assertEquals(Map.of("SCHOOL_CLASS", 1), nonZero(o.assignmentsByKind()));
        AnnualReport.AdSite ads = o.adSites().stream().filter(s -> s.site().equals(site)).findFirst().orElseThrow();
        assertEquals(List.of(new AnnualReport.WeekCount(y + "-W18", 500), new AnnualReport.WeekCount(y + "-W19", 520)), ads.weeks(),
                "the corrected count, the old count; the voided ones not");
        assertEquals(1020, ads.ads());
    }

    /** Migration V5 gave the counts stored before ids the same id a replay of their event derives now. */
    @Test
    void theMigrationDerivesTheSameIdsAsTheParser() throws Exception {
        try (var c = ds.getConnection(); var ps = c.prepareStatement(
                "select md5(? || '|' || lpad(?::text, 4, '0') || '-W' || lpad(?::text, 2, '0'))::uuid")) {
            for (Object[] w : new Object[][] {{"annonsesiden.no", 2022, 18}, {"sïte-æøå.example", 2021, 3}, {"x", 2020, 53}}) {
                ps.setString(1, (String) w[0]);
                ps.setInt(2, (Integer) w[1]);
                ps.setInt(3, (Integer) w[2]);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(no.sentret.stats.facts.LegacyAdCountIds.of((String) w[0], (Integer) w[1], (Integer) w[2]),
                            rs.getObject(1, UUID.class), java.util.Arrays.toString(w));
                }
            }
        }
    }

    private static Map<String, Integer> nonZero(List<Count> counts) {
        Map<String, Integer> m = new TreeMap<>();
        counts.stream().filter(c -> c.count() != null && c.count() > 0).forEach(c -> m.put(c.category(), c.count()));
        return m;
    }
}
