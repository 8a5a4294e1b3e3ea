package no.sentret.stats;

import static no.sentret.stats.Events.clientRegistered;
import static no.sentret.stats.Events.visitRecorded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthFigures;
import org.junit.jupiter.api.Test;

/** The counting definitions, one rule per test, each in years and with codes of its own ({@link TestData}). */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CountingRulesTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void monthsAndYearsAreOsloCalendarPeriodsAcrossDaylightSaving() {
        int registered = TestData.freshYears(3);
        int y = registered + 1;
        String p = TestData.codePrefix("OB");
        LocalDate reg = LocalDate.of(registered, 1, 1);
        // summer time ends at 01:00 UTC on the last Sunday of October (EU rule)
        LocalDate summerTimeEnds = LocalDate.of(y, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        EventSender.sendAndAwait(ds, List.of(
                clientRegistered(p + "JAN", "WOMAN", "NO", "26-30", reg),
                clientRegistered(p + "FEB", "WOMAN", "NO", "26-30", reg),
                clientRegistered(p + "MAR", "WOMAN", "NO", "26-30", reg),
                clientRegistered(p + "APR", "WOMAN", "NO", "26-30", reg),
                clientRegistered(p + "OCT", "WOMAN", "NO", "26-30", reg),
                clientRegistered(p + "NOV", "WOMAN", "NO", "26-30", reg),
                clientRegistered(p + "NEWYEAR", "WOMAN", "NO", "26-30", reg),
                // winter time (UTC+1): 22:59Z on 31 January is 23:59 in Oslo, 23:30Z is 00:30 on 1 February
                visitRecorded(UUID.randomUUID(), p + "JAN", Instant.parse(y + "-01-31T22:59:00Z")),
                visitRecorded(UUID.randomUUID(), p + "FEB", Instant.parse(y + "-01-31T23:30:00Z")),
                // summer time (UTC+2) from the last Sunday of March: 21:30Z on 31 March is 23:30 Oslo, 22:30Z is 00:30 on 1 April
                visitRecorded(UUID.randomUUID(), p + "MAR", Instant.parse(y + "-03-31T21:30:00Z")),
                visitRecorded(UUID.randomUUID(), p + "APR", Instant.parse(y + "-03-31T22:30:00Z")),
                // winter time again by 31 October: 22:30Z on 31 October is 23:30, 23:30Z is 00:30 on 1 November
                visitRecorded(UUID.randomUUID(), p + "OCT", Instant.parse(y + "-10-31T22:30:00Z")),
                visitRecorded(UUID.randomUUID(), p + "NOV", Instant.parse(y + "-10-31T23:30:00Z")),
                // the night of the change itself: 00:30Z is 02:30 summer time, still October
                visitRecorded(UUID.randomUUID(), p + "OCT", summerTimeEnds.atTime(0, 30).toInstant(ZoneOffset.UTC)),
                // 23:30Z on 31 December is New Year in Oslo
                visitRecorded(UUID.randomUUID(), p + "NEWYEAR", Instant.parse(y + "-12-31T23:30:00Z"))));

        List<Integer> uniques = Api.monthly(y + "-01", (y + 1) + "-01").months().stream()
                .map(MonthFigures::uniqueUsers).collect(Collectors.toList());
        assertEquals(List.of(1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1), uniques);
        AnnualReport year = Api.annual(y);
        assertEquals(6, year.uniqueUsers());
        assertEquals(7, year.servicesGiven());
        assertEquals(1, Api.annual(y + 1).uniqueUsers());
    }

    @Test
    void aVoidRemovesExactlyWhateverOrderItArrivesIn() {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("VO");
        UUID mayVisit = UUID.randomUUID();
        UUID juneVisit = UUID.randomUUID();
        UUID health = UUID.randomUUID();
        UUID keptConsultation = UUID.randomUUID();
        UUID voidedConsultation = UUID.randomUUID();
        Instant may10 = Instant.parse(y + "-05-10T10:00:00Z");
        Instant may12 = Instant.parse(y + "-05-12T10:00:00Z");
        // the void first, in its own delivery: it must stick when the record comes later
        EventSender.sendAndAwait(ds, List.of(Events.healthVoided(health, p + "2", may12)));
        EventSender.sendAndAwait(ds, List.of(
                Events.healthRecorded(health, p + "2", may12),
                visitRecorded(mayVisit, p + "1", may10),
                visitRecorded(juneVisit, p + "1", Instant.parse(y + "-06-10T10:00:00Z")),
                Events.visitVoided(mayVisit, p + "1", may10),
                Events.consultationRecorded(keptConsultation, p + "3", Instant.parse(y + "-05-20T10:00:00Z")),
                Events.consultationRecorded(voidedConsultation, p + "3", Instant.parse(y + "-05-21T10:00:00Z")),
                Events.consultationVoided(voidedConsultation, p + "3", Instant.parse(y + "-05-21T10:00:00Z"))));

        AnnualReport r = Api.annual(y);
        assertEquals(1, r.months().get(4).uniqueUsers(), "May: only client 3; client 1's only May visit and client 2's service are voided");
        assertEquals(1, r.months().get(4).services());
        assertEquals(1, r.months().get(5).uniqueUsers());
        assertEquals(2, r.uniqueUsers());
        assertEquals(2, r.servicesGiven());
        assertEquals("STUA 1/1 06:1/1", AreaLines.of(r.areas().get(0)), "the May visit voided");
        assertEquals("SOCIAL 1/1 05:1/1", AreaLines.of(r.areas().get(1)));
        assertEquals("HEALTH 0/0", AreaLines.of(r.areas().get(2)), "the line voided before it was recorded");
    }

    @Test
    void mergedCodesAreOnePersonInEveryPeriodRetroactively() {
        int earlier = TestData.freshYears(3);
        int y = earlier + 2;
        String p = TestData.codePrefix("ME");
        EventSender.sendAndAwait(ds, List.of(
                clientRegistered(p + "1", "WOMAN", "ES", "26-30", LocalDate.of(y, 1, 5)),
                clientRegistered(p + "2", "WOMAN", "ES", "26-30", LocalDate.of(y, 2, 1)),
                clientRegistered(p + "3", "TRANS_WOMAN", "TH", "31-35", LocalDate.of(earlier, 1, 1)),
                visitRecorded(UUID.randomUUID(), p + "1", Instant.parse(y + "-01-15T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), p + "2", Instant.parse(y + "-02-15T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), p + "2", Instant.parse(y + "-03-15T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), p + "3", Instant.parse(y + "-03-16T10:00:00Z"))));
        AnnualReport before = Api.annual(y);
        assertEquals(3, before.uniqueUsers());
        assertEquals(2, before.newUsers(), "client 3 was registered two years before");
        assertEquals(2, before.months().get(2).uniqueUsers());
        assertEquals("STUA 3/4 01:1/1 02:1/1 03:2/2", AreaLines.of(before.areas().get(0)));

        // a chain, the later link first: 1 -> 3, then 2 -> 1
        EventSender.sendAndAwait(ds, List.of(Events.merged(p + "1", p + "3")));
        EventSender.sendAndAwait(ds, List.of(Events.merged(p + "2", p + "1")));
        AnnualReport after = Api.annual(y);
        assertEquals(1, after.uniqueUsers());
        assertEquals(0, after.newUsers(), "one person, first seen two years before");
        assertEquals(List.of(1, 1, 1), after.months().subList(0, 3).stream().map(MonthFigures::uniqueUsers).toList());
        assertEquals(List.of(new AnnualReport.Category("TRANS_WOMAN", 1)), after.demographics().gender());
        assertEquals("STUA 1/4 01:1/1 02:1/1 03:1/2", AreaLines.of(after.areas().get(0)), "the area's months, merged too");
        assertEquals(4, after.servicesGiven());
    }

    @Test
    void anonymousVisitsAreServicesNotUsersAndFirstSeenIsTheEarlierDate() {
        int y = TestData.freshYears(2) + 1;
        String p = TestData.codePrefix("AN");
        EventSender.sendAndAwait(ds, List.of(
                clientRegistered(p + "1", "MAN", "RO", "18-25", LocalDate.of(y, 4, 1)),
                // registered in June, but first served the December before: not a new user of the year
                clientRegistered(p + "2", "WOMAN", "BG", null, LocalDate.of(y, 6, 1)),
                visitRecorded(UUID.randomUUID(), p + "2", Instant.parse((y - 1) + "-12-20T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), p + "2", Instant.parse(y + "-02-20T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), null, Instant.parse(y + "-04-02T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), null, Instant.parse(y + "-04-03T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), null, Instant.parse(y + "-04-04T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), p + "1", Instant.parse(y + "-04-05T10:00:00Z")),
                outreach(null, Instant.parse(y + "-04-06T10:00:00Z")),
                outreach(p + "1", Instant.parse(y + "-04-07T10:00:00Z"))));
        AnnualReport r = Api.annual(y);
        assertEquals(2, r.uniqueUsers());
        assertEquals(1, r.newUsers());
        assertEquals(6, r.servicesGiven(), "three anonymous visits, two named visits, one named outreach contact");
        assertEquals(1, r.months().get(3).uniqueUsers());
        assertEquals(5, r.months().get(3).services());
        assertEquals("STUA 2/5 02:1/1 04:1/4", AreaLines.of(r.areas().get(0)), "April: one person, three anonymous visits and one named");
        assertEquals("OUTREACH 1/1 04:1/1", AreaLines.of(r.areas().get(4)), "the anonymous contact is not a service event");
        assertEquals(List.of(new AnnualReport.Category("UNKNOWN", 1), new AnnualReport.Category("18-25", 1)).size(),
                r.demographics().ageGroup().size());
        assertNull(r.feedback().followUpShare(), "no feedback that year");
    }

    private static Events.Ev outreach(String code, Instant at) {
        return Events.outreachRecorded(UUID.randomUUID(), code, at, "WHATSAPP");
    }
}
