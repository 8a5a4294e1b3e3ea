package no.sentret.legal.privacy;

import static no.sentret.legal.Legal.lawyer;
import static no.sentret.legal.Legal.newClient;
import static no.sentret.legal.Legal.newInquiry;
import static no.sentret.legal.Legal.newShift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import no.sentret.platform.privacy.retention.RecordsDeIdentified;
import no.sentret.platform.privacy.retention.RetentionJob;
import org.junit.jupiter.api.Test;

/**
 * The retention job as of a day long ago (1995, so that only this test's rows, aged by SQL, are due):
 * a case closed more than five years before loses its code and note, an old inquiry its code, unless
 * a case from it is still open.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    RetentionJob job;

    @Test
    void oldClosedCasesAndTheirInquiriesAreUnlinkedOpenOnesStay() throws Exception {
        String code = newClient();
        String shift = newShift();
        String closedInquiry = newInquiry(shift, code, "[\"FAMILY\"]", null);
        String openInquiry = newInquiry(shift, code, "[\"FAMILY\"]", null);
        String closedCase = lawyer().body("{\"inquiryId\":\"" + closedInquiry + "\",\"area\":\"FAMILY\",\"note\":\"custody\"}")
                .post("/legal-aid/cases").then().statusCode(201).extract().path("id");
        String openCase = lawyer().body("{\"inquiryId\":\"" + openInquiry + "\",\"area\":\"FAMILY\",\"note\":\"still going\"}")
                .post("/legal-aid/cases").then().statusCode(201).extract().path("id");
        sql("update legal_inquiry set occurred_at = '1985-03-01T10:00:00Z' where id in (?::uuid, ?::uuid)", closedInquiry, openInquiry);
        sql("update legal_case set opened_on = '1985-03-01', closed_on = '1985-04-01', status = 'RESOLVED_ON_SITE' where id = ?::uuid and id = ?::uuid",
                closedCase, closedCase);
        sql("update legal_case set opened_on = '1985-03-01' where id = ?::uuid and id = ?::uuid", openCase, openCase);

        Set<String> types = job.runOn(LocalDate.of(1995, 1, 1)).stream().map(RecordsDeIdentified::recordType).collect(Collectors.toSet());

        assertEquals(Set.of("legal-case", "legal-inquiry"), types);
        assertEquals(1, count("select count(*) from legal_case where id = ?::uuid and client_code is null and note is null", closedCase));
        assertEquals(1, count("select count(*) from legal_inquiry where id = ?::uuid and client_code is null", closedInquiry));
        assertEquals(1, count("select count(*) from legal_case where id = ?::uuid and client_code = '" + code + "' and note = 'still going'", openCase));
        assertEquals(1, count("select count(*) from legal_inquiry where id = ?::uuid and client_code = '" + code + "'", openInquiry));
    }

    private void sql(String sql, String a, String b) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.executeUpdate();
        }
    }

    private int count(String sql, String id) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
