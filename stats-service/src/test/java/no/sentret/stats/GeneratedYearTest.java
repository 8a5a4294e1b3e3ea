package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.NationalityShareReport;
import org.junit.jupiter.api.Test;

/** A generated year: every figure of the annual report equals the one computed from the generated data (2019). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class GeneratedYearTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void everyFigureOfTheAnnualReportMatchesTheGeneratedData() {
        GeneratedYear g = new GeneratedYear("G19-", 2019, 450, 5000, 40, 900, 20190101L);
        EventSender.sendAndAwait(ds, g.first);
        EventSender.sendAndAwait(ds, g.then);

        AnnualReport expected = g.expected();
        assertTrue(expected.uniqueUsers() > 300 && expected.servicesGiven() > 4000, "a realistic year: " + expected.uniqueUsers());
        assertTrue(expected.newUsers() > 0 && expected.newUsers() < expected.uniqueUsers());
        assertTrue(g.voided.size() > 200 && g.mergedInto.size() > 30);
        AnnualReport actual = Api.annual(2019);
        assertEquals(expected, actual);

        assertEquals(expected.months(), Api.monthly("2019-01", "2019-12").months());
        NationalityShareReport.YearShares shares = Api.nationalityShare(2019, 2019).years().get(0);
        assertEquals(expected.uniqueUsers(), shares.uniqueUsers());
        for (int i = 0; i < shares.nationalities().size(); i++) {
            NationalityShareReport.Share s = shares.nationalities().get(i);
            AnnualReport.Category c = expected.demographics().nationality().get(i);
            assertEquals(c.category(), s.nationality());
            assertEquals(c.users(), s.users());
            assertEquals((double) c.users() / expected.uniqueUsers(), s.share(), 1e-12);
        }
    }
}
