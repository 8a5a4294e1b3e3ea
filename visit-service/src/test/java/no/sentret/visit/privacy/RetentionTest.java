package no.sentret.visit.privacy;

import static no.sentret.visit.Api.newClient;
import static no.sentret.visit.Api.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import no.sentret.platform.privacy.retention.RecordsDeIdentified;
import no.sentret.platform.privacy.retention.RetentionJob;
import org.junit.jupiter.api.Test;

/**
 * The retention job as of 1995 (only this test's rows, aged by SQL, are due): old visits become
 * anonymous, old social consultations go, and then a client with nothing left under it.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    RetentionJob job;

    @Test
    void oldVisitsAreUnlinkedOldConsultationsDeletedAndAnEmptiedOldClientGoes() throws Exception {
        String gone = newClient();
        String active = newClient();
        String oldVisit = staff().body("{\"clientCode\":\"" + gone + "\",\"activities\":[\"MEAL\"]}").post("/visits").then().statusCode(201).extract().path("id");
        String consultation = staff().body("{\"clientCode\":\"" + gone + "\",\"kind\":\"CONSULTATION\",\"topics\":[\"HOUSING\"]}")
                .post("/social-consultations").then().statusCode(201).extract().path("id");
        String activeVisit = staff().body("{\"clientCode\":\"" + active + "\",\"activities\":[\"MEAL\"]}").post("/visits").then().statusCode(201).extract().path("id");
        sql("update visit set occurred_at = '1985-01-01T10:00:00Z' where id = ?::uuid", oldVisit);
        sql("update social_consultation set occurred_at = '1985-01-01T10:00:00Z' where id = ?::uuid", consultation);
        sql("update client set registered_at = '1985-01-01T10:00:00Z' where code = ?", gone);
        sql("update client set registered_at = '1985-01-01T10:00:00Z' where code = ?", active);

        List<RecordsDeIdentified> done = job.runOn(LocalDate.of(1995, 1, 1));

        assertEquals(List.of("social-consultation", "visit-client-link", "client"), done.stream().map(RecordsDeIdentified::recordType).toList());
        assertEquals(1, count("select count(*) from visit where id = ?::uuid and client_code is null", oldVisit), "the visit stays, anonymous");
        assertEquals(0, count("select count(*) from social_consultation where id = ?::uuid", consultation));
        assertEquals(0, count("select count(*) from client where code = ?", gone));
        // registered as long ago, but came recently: kept, with the visit's link
        assertEquals(1, count("select count(*) from client where code = ?", active));
        assertEquals(1, count("select count(*) from visit where id = ?::uuid and client_code is not null", activeVisit));
    }

    private void sql(String sql, String value) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.executeUpdate();
        }
    }

    private int count(String sql, String value) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
