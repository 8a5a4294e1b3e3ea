package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.NationalityShareReport;
import org.junit.jupiter.api.Test;

/** A generated year: every figure of the annual report equals the one computed from the generated data. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class GeneratedYearTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void everyFigureOfTheAnnualReportMatchesTheGeneratedData() {
        // the services spill into the years before and after it: three years of its own
        int y = TestData.freshYears(3) + 1;
        GeneratedYear g = new GeneratedYear(TestData.codePrefix("G"), y, 450, 5000, 40, 900, 20190101L);
        EventSender.sendAndAwait(ds, g.first);
        EventSender.sendAndAwait(ds, g.then);

        AnnualReport expected = g.expected();
        assertTrue(expected.uniqueUsers() > 300 && expected.servicesGiven() > 4000, "a realistic year: " + expected.uniqueUsers());
        assertTrue(expected.newUsers() > 0 && expected.newUsers() < expected.uniqueUsers());
        assertTrue(g.voided.size() > 200 && g.mergedInto.size() > 30);
        AnnualReport actual = Api.annual(y);
        assertEquals(expected, actual);

        assertEquals(expected.months(), Api.monthly(y + "-01", y + "-12").months());
        NationalityShareReport.YearShares shares = Api.nationalityShare(y, y).years().get(0);
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
