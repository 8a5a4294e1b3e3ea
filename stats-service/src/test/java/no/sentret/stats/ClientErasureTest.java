package no.sentret.stats;

import static no.sentret.stats.Events.clientRegistered;
import static no.sentret.stats.Events.erased;
import static no.sentret.stats.Events.merged;
import static no.sentret.stats.Events.visitRecorded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.report.AnnualReport;
import org.junit.jupiter.api.Test;

/**
 * ClientErased: the erased client's facts in the year of the erasure and later lose their code (the
 * services stay counted, the person no longer); the figures of the years before stay exactly as they
 * were; a fact of the erased code arriving after the erasure is unlinked too.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ClientErasureTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void closedYearsKeepTheirFiguresOpenOnesAreRecounted() throws Exception {
        int closed = TestData.freshYears(2);
        int open = closed + 1;
        String p = TestData.codePrefix("ER");
        LocalDate registered = LocalDate.of(closed, 2, 1);
        String erasedCode = p + "A";
        String mergedCode = p + "M";
        String keptCode = p + "B";
        EventSender.sendAndAwait(ds, List.of(
                clientRegistered(erasedCode, "WOMAN", "TH", "26-30", registered),
                clientRegistered(mergedCode, "WOMAN", "TH", "26-30", registered),
                clientRegistered(keptCode, "MAN", "NO", "31-35", registered),
                visitRecorded(UUID.randomUUID(), erasedCode, Instant.parse(closed + "-03-01T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), keptCode, Instant.parse(closed + "-03-01T11:00:00Z")),
                visitRecorded(UUID.randomUUID(), erasedCode, Instant.parse(open + "-02-01T10:00:00Z")),
                visitRecorded(UUID.randomUUID(), mergedCode, Instant.parse(open + "-02-02T10:00:00Z")),
                merged(mergedCode, erasedCode),
                visitRecorded(UUID.randomUUID(), keptCode, Instant.parse(open + "-02-01T11:00:00Z"))));
        AnnualReport closedBefore = Api.annual(closed);
        AnnualReport openBefore = Api.annual(open);
        assertEquals(2, closedBefore.uniqueUsers());
        assertEquals(2, openBefore.uniqueUsers());
        assertEquals(3, openBefore.servicesGiven());

        EventSender.sendAndAwait(ds, List.of(erased(erasedCode, Instant.parse(open + "-06-01T10:00:00Z"), mergedCode)));

        assertEquals(closedBefore, Api.annual(closed), "a closed year's figures are exactly as they were");
        AnnualReport openAfter = Api.annual(open);
        assertEquals(1, openAfter.uniqueUsers(), "the erased person is no longer a user of the open year");
        assertEquals(3, openAfter.servicesGiven(), "their services stay counted, anonymously");
        assertEquals(0, codesInOpenYear(open, erasedCode, mergedCode));

        // a visit of the erased code that arrives late (another partition, another topic) is unlinked too
        EventSender.sendAndAwait(ds, List.of(visitRecorded(UUID.randomUUID(), erasedCode, Instant.parse(open + "-03-01T10:00:00Z"))));
        assertEquals(1, Api.annual(open).uniqueUsers());
        assertEquals(4, Api.annual(open).servicesGiven());
        assertEquals(0, codesInOpenYear(open, erasedCode, mergedCode));
        assertEquals(closedBefore, Api.annual(closed));
    }

    private int codesInOpenYear(int year, String... codes) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from service_event where oslo_year >= ? and client_code = any(?)")) {
            ps.setInt(1, year);
            ps.setArray(2, c.createArrayOf("varchar", codes));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
