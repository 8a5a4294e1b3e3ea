package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.report.AnnualReport;
import org.junit.jupiter.api.Test;

/**
 * A street-shift contact that named a client code (channel STREET) makes that client a user of the
 * outreach area and of the centre, but is no message: the contacts per channel leave it out (the
 * shift's own count has it). Safety alerts carry no figure.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class StreetContactTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void aNamedStreetContactCountsItsClientNotAMessage() {
        int y = TestData.freshYears(1);
        String code = TestData.codePrefix("ST") + "1";
        Instant at = Instant.parse(y + "-05-15T22:00:00Z");
        EventSender.sendAndAwait(ds, List.of(
                Events.clientRegistered(code, "WOMAN", "RO", "26-30", LocalDate.of(y, 1, 2)),
                Events.streetShift(UUID.randomUUID(), at, 4, 100, 20, 10, 0),
                Events.outreachRecorded(UUID.randomUUID(), code, at, "STREET"),
                Events.outreachRecorded(UUID.randomUUID(), null, at, "WHATSAPP"),
                Events.safetyAlert("SafetyAlertPublished", UUID.randomUUID(), LocalDate.of(y, 5, 14), "ROBBERY", "SENTRUM")));

        AnnualReport r = Api.annual(y);
        assertEquals(1, r.uniqueUsers(), "the named street contact's client is a user of the year");
        AnnualReport.AreaFigures outreach = r.areas().stream().filter(a -> a.area().equals("OUTREACH")).findFirst().orElseThrow();
        assertEquals(1, outreach.uniquePersons());
        assertEquals(1, r.outreach().contacts(), "the WhatsApp message only: a street contact is not a message");
        assertEquals(4, r.outreach().streetShiftContacts());
    }
}
