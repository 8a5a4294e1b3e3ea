package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.report.AnnualReport;
import org.junit.jupiter.api.Test;

/**
 * A legal shift's corrected outcome counts, not the one it corrects, in whichever order the two
 * arrive (live they come in order; a rebuild or a second partition may bring the correction first).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ShiftCorrectionTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void theHighestRevisionIsTheShiftsOutcomeInEitherOrder() {
        int y = TestData.freshYears(1);
        LocalDate day = LocalDate.of(y, 3, 7);
        UUID inOrder = UUID.randomUUID();
        UUID correctionFirst = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        EventSender.sendAndAwait(ds, List.of(
                Events.legalShift("LegalShiftNobodyCame", inOrder, day, "REGULAR", 1),
                Events.legalShift("LegalShiftHeld", correctionFirst, day.plusDays(7), "REGULAR", 2),
                Events.legalShift("LegalShiftNobodyCame", untouched, day.plusDays(14), "SUBSTITUTE")));
        EventSender.sendAndAwait(ds, List.of(
                Events.legalShift("LegalShiftHeld", inOrder, day, "REGULAR", 2),
                Events.legalShift("LegalShiftNobodyCame", correctionFirst, day.plusDays(7), "REGULAR", 1)));

        AnnualReport.LegalFigures legal = Api.annual(y).legal();
        assertEquals(3, legal.shifts());
        assertEquals(List.of(new AnnualReport.Count("HELD", 2), new AnnualReport.Count("NOBODY_CAME", 1),
                new AnnualReport.Count("CANCELLED", 0)), legal.shiftsByStatus());
    }
}
