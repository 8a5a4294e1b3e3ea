package no.sentret.stats;

import static no.sentret.stats.Events.clientRegistered;
import static no.sentret.stats.Events.visitRecorded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthFigures;
import org.junit.jupiter.api.Test;

/** The counting definitions, one rule per test, each in its own year of the shared database. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class CountingRulesTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void monthsAndYearsAreOsloCalendarPeriodsAcrossDaylightSaving() {
        LocalDate reg = LocalDate.of(2004, 1, 1);
        EventSender.sendAndAwait(ds, List.of(
                clientRegistered("OB-JAN", "WOMAN", "NO", "26-30", reg),
                clientRegistered("OB-FEB", "WOMAN", "NO", "26-30", reg),
                clientRegistered("OB-MAR", "WOMAN", "NO", "26-30", reg),
                clientRegistered("OB-APR", "WOMAN", "NO", "26-30", reg),
                clientRegistered("OB-OCT", "WOMAN", "NO", "26-30", reg),
                clientRegistered("OB-NOV", "WOMAN", "NO", "26-30", reg),
                clientRegistered("OB-NEWYEAR", "WOMAN", "NO", "26-30", reg),
                // winter time (UTC+1): 22:59Z on 31 January is 23:59 in Oslo, 23:30Z is 00:30 on 1 February
                visitRecorded(UUID.randomUUID(), "OB-JAN", Instant.parse("2005-01-31T22:59:00Z")),
                visitRecorded(UUID.randomUUID(), "OB-FEB", Instant.parse("2005-01-31T23:30:00Z")),
                // summer time from 27 March 2005 (UTC+2): 21:30Z on 31 March is 23:30 Oslo, 22:30Z is 00:30 on 1 April
                visitRecorded(UUID.randomUUID(), "OB-MAR", Instant.parse("2005-03-31T21:30:00Z")),
                visitRecorded(UUID.randomUUID(), "OB-APR", Instant.parse("2005-03-31T22:30:00Z")),
                // winter time again from 30 October 2005: 22:30Z on 31 October is 23:30, 23:30Z is 00:30 on 1 November
                visitRecorded(UUID.randomUUID(), "OB-OCT", Instant.parse("2005-10-31T22:30:00Z")),
                visitRecorded(UUID.randomUUID(), "OB-NOV", Instant.parse("2005-10-31T23:30:00Z")),
                // the night of the change itself: 00:30Z on 30 October is 02:30 CEST, still October
                visitRecorded(UUID.randomUUID(), "OB-OCT", Instant.parse("2005-10-30T00:30:00Z")),
                // 23:30Z on 31 December is New Year in Oslo
                visitRecorded(UUID.randomUUID(), "OB-NEWYEAR", Instant.parse("2005-12-31T23:30:00Z"))));

        List<Integer> uniques = Api.monthly("2005-01", "2006-01").months().stream()
                .map(MonthFigures::uniqueUsers).collect(Collectors.toList());
        assertEquals(List.of(1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1), uniques);
        AnnualReport y2005 = Api.annual(2005);
        assertEquals(6, y2005.uniqueUsers());
        assertEquals(7, y2005.servicesGiven());
        assertEquals(1, Api.annual(2006).uniqueUsers());
    }

    @Test
    void aVoidRemovesExactlyWhateverOrderItArrivesIn() {
        UUID mayVisit = UUID.randomUUID();
        UUID juneVisit = UUID.randomUUID();
        UUID health = UUID.randomUUID();
        UUID keptConsultation = UUID.randomUUID();
        UUID voidedConsultation = UUID.randomUUID();
        Instant may10 = Instant.parse("2007-05-10T10:00:00Z");
        Instant may12 = Instant.parse("2007-05-12T10:00:00Z");
        // the void first, in its own delivery: it must stick when the record comes later
        EventSender.sendAndAwait(ds, List.of(Events.healthVoided(health, "VO-2", may12)));
        EventSender.sendAndAwait(ds, List.of(
                Events.healthRecorded(health, "VO-2", may12),
                visitRecorded(mayVisit, "VO-1", may10),
                visitRecorded(juneVisit, "VO-1", Instant.parse("2007-06-10T10:00:00Z")),
                Events.visitVoided(mayVisit, "VO-1", may10),
                Events.consultationRecorded(keptConsultation, "VO-3", Instant.parse("2007-05-20T10:00:00Z")),
                Events.consultationRecorded(voidedConsultation, "VO-3", Instant.parse("2007-05-21T10:00:00Z")),
                Events.consultationVoided(voidedConsultation, "VO-3", Instant.parse("2007-05-21T10:00:00Z"))));

        AnnualReport r = Api.annual(2007);
        assertEquals(1, r.months().get(4).uniqueUsers(), "May: only VO-3; VO-1's only May visit and VO-2's service are voided");
        assertEquals(1, r.months().get(4).services());
        assertEquals(1, r.months().get(5).uniqueUsers());
        assertEquals(2, r.uniqueUsers());
        assertEquals(2, r.servicesGiven());
        assertEquals(new AnnualReport.AreaFigures("STUA", 1, 1), r.areas().get(0));
        assertEquals(new AnnualReport.AreaFigures("SOCIAL", 1, 1), r.areas().get(1));
        assertEquals(new AnnualReport.AreaFigures("HEALTH", 0, 0), r.areas().get(2));
    }

    @Test
    void mergedCodesAreOnePersonInEveryPeriodRetroactively() {
        EventSender.sendAndAwait(ds, List.of(
                clientRegistered("ME-1", "WOMAN", "ES", "26-30", LocalDate.of(2008, 1, 5)),
                clientRegistered("ME-2", "WOMAN", "ES", "26-30", LocalDate.of(2008, 2, 1)),
                clientRegistered("ME-3", "TRANS_WOMAN", "TH", "31-35", LocalDate.of(2006, 1, 1)),
                visitRecorded(UUID.randomUUID(), "ME-1", Instant.parse("2008-01-15T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), "ME-2", Instant.parse("2008-02-15T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), "ME-2", Instant.parse("2008-03-15T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), "ME-3", Instant.parse("2008-03-16T10:00:00Z"))));
        AnnualReport before = Api.annual(2008);
        assertEquals(3, before.uniqueUsers());
        assertEquals(2, before.newUsers(), "ME-3 was registered in 2006");
        assertEquals(2, before.months().get(2).uniqueUsers());

        // a chain, the later link first: ME-1 -> ME-3, then ME-2 -> ME-1
        EventSender.sendAndAwait(ds, List.of(Events.merged("ME-1", "ME-3")));
        EventSender.sendAndAwait(ds, List.of(Events.merged("ME-2", "ME-1")));
        AnnualReport after = Api.annual(2008);
        assertEquals(1, after.uniqueUsers());
        assertEquals(0, after.newUsers(), "one person, first seen in 2006");
        assertEquals(List.of(1, 1, 1), after.months().subList(0, 3).stream().map(MonthFigures::uniqueUsers).toList());
        assertEquals(List.of(new AnnualReport.Category("TRANS_WOMAN", 1)), after.demographics().gender());
        assertEquals(4, after.servicesGiven());
    }

    @Test
    void anonymousVisitsAreServicesNotUsersAndFirstSeenIsTheEarlierDate() {
        EventSender.sendAndAwait(ds, List.of(
                clientRegistered("AN-1", "MAN", "RO", "18-25", LocalDate.of(2009, 4, 1)),
                // registered in June 2009, but first served in December 2008: not a new user of 2009
                clientRegistered("AN-2", "WOMAN", "BG", null, LocalDate.of(2009, 6, 1)),
                visitRecorded(UUID.randomUUID(), "AN-2", Instant.parse("2008-12-20T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), "AN-2", Instant.parse("2009-02-20T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), null, Instant.parse("2009-04-02T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), null, Instant.parse("2009-04-03T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), null, Instant.parse("2009-04-04T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), "AN-1", Instant.parse("2009-04-05T10:00:00Z")),
                outreach(null, Instant.parse("2009-04-06T10:00:00Z")),
                outreach("AN-1", Instant.parse("2009-04-07T10:00:00Z"))));
        AnnualReport r = Api.annual(2009);
        assertEquals(2, r.uniqueUsers());
        assertEquals(1, r.newUsers());
        assertEquals(6, r.servicesGiven(), "three anonymous visits, two named visits, one named outreach contact");
        assertEquals(1, r.months().get(3).uniqueUsers());
        assertEquals(5, r.months().get(3).services());
        assertEquals(new AnnualReport.AreaFigures("STUA", 2, 5), r.areas().get(0));
        assertEquals(new AnnualReport.AreaFigures("OUTREACH", 1, 1), r.areas().get(4));
        assertEquals(List.of(new AnnualReport.Category("UNKNOWN", 1), new AnnualReport.Category("18-25", 1)).size(),
                r.demographics().ageGroup().size());
        assertNull(r.feedback().followUpShare(), "no feedback that year");
    }

    private static Events.Ev outreach(String code, Instant at) {
        com.fasterxml.jackson.databind.node.ObjectNode p = Events.JSON.createObjectNode();
        p.put("id", UUID.randomUUID().toString());
        p.put("clientCode", code);
        p.put("channel", "WHATSAPP");
        return Events.envelope("outreach-events", "OutreachContactRecorded", at, "outreach-service", code, p);
    }
}
