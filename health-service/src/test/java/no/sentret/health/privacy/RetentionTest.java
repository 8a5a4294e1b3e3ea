package no.sentret.health.privacy;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.stiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import no.sentret.platform.privacy.retention.RecordsDeIdentified;
import no.sentret.platform.privacy.retention.RetentionJob;
import org.junit.jupiter.api.Test;

/**
 * The retention job as of a day long ago (1995, so that only this test's rows, aged by SQL, are due):
 * notes go after two years, consultations with their lines and result history after ten, and each
 * change is published.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    RetentionJob job;

    private static String consultWithNote(String code) {
        return clinician().body("{\"clientCode\":\"" + code + "\",\"occurredAt\":\"2023-01-10T10:00:00Z\",\"professionalType\":\"NURSE\","
                + "\"note\":\"follow up next week\",\"services\":[" + stiTest("HIV") + "," + COUNSELLING + "]}")
                .post("/health/consultations").then().statusCode(201).extract().path("id");
    }

    @Test
    void notesGoAfterTwoYearsRecordsAfterTenAndEachChangeIsPublished() throws Exception {
        String code = newClient();
        String ancient = consultWithNote(code);
        String older = consultWithNote(code);
        String recent = consultWithNote(code);
        age(ancient, "1980-05-01T10:00:00Z");
        age(older, "1992-05-01T10:00:00Z");

        // the privacy officer's requests: one left unanswered since 1990 goes, one released until 2020 stays (as of 1995)
        String stale = newClient();
        String standing = newClient();
        execute("insert into subject_release (client_code, requested_at, requested_by) values ('" + stale + "', '1990-03-01T10:00:00Z', 'user-admin')");
        execute("insert into subject_release (client_code, requested_at, requested_by, released_at, released_by, released_until) values ('"
                + standing + "', '1990-03-01T10:00:00Z', 'user-admin', '1990-03-02T10:00:00Z', 'user-clinician', '2020-01-01T00:00:00Z')");

        List<RecordsDeIdentified> done = job.runOn(LocalDate.of(1995, 1, 1));

        assertEquals(0, count("select count(*) from consultation where id = ?::uuid", ancient));
        assertEquals(0, count("select count(*) from service_line where consultation_id = ?::uuid", ancient));
        assertEquals(1, count("select count(*) from consultation where id = ?::uuid and note is null", older), "the note is gone");
        assertEquals(2, count("select count(*) from service_line where consultation_id = ?::uuid", older), "the record stays");
        assertEquals(1, count("select count(*) from consultation where id = ?::uuid and note is not null", recent));
        assertEquals(0, count("select count(*) from subject_release where client_code = ?", stale), "the stale request is gone");
        assertEquals(1, count("select count(*) from subject_release where client_code = ?", standing));
        assertEquals(Set.of("consultation-note", "consultation", "export-request"),
                done.stream().map(RecordsDeIdentified::recordType).collect(Collectors.toSet()));
        assertTrue(job.runOn(LocalDate.of(1995, 1, 1)).isEmpty(), "a second run finds nothing due");

        List<Received> events;
        try (TopicReader topic = new TopicReader("health-events")) {
            events = topic.await(r -> "RecordsDeIdentified".equals(r.type())
                    && "1993-01-01".equals(r.envelope().path("payload").path("before").asText()), 1, Duration.ofSeconds(60), Duration.ofSeconds(2));
        }
        assertEquals(1, events.size());
        assertEquals("", EventSchemas.violations(events.get(0).envelope()));
        assertEquals("consultation-note", events.get(0).envelope().path("payload").path("recordType").asText());
        assertEquals(2, events.get(0).envelope().path("payload").path("rows").asInt(), "the two aged notes");
    }

    private void age(String consultation, String occurredAt) throws Exception {
        try (Connection c = ds.getConnection()) {
            for (String sql : List.of("update consultation set occurred_at = ?::timestamptz where id = ?::uuid",
                    "update service_line set occurred_at = ?::timestamptz where consultation_id = ?::uuid")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, occurredAt);
                    ps.setString(2, consultation);
                    ps.executeUpdate();
                }
            }
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = ds.getConnection(); java.sql.Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
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
