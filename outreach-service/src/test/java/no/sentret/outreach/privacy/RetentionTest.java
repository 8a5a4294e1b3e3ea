package no.sentret.outreach.privacy;

import static no.sentret.outreach.Api.newClient;
import static no.sentret.outreach.Api.outreach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import no.sentret.outreach.Api;
import no.sentret.platform.privacy.retention.RecordsDeIdentified;
import no.sentret.platform.privacy.retention.RetentionJob;
import org.junit.jupiter.api.Test;

/** The retention job as of 1995 (only this test's rows, aged by SQL, are due): messages and emptied conversations go after two years. */
@QuarkusTest
class RetentionTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    RetentionJob job;

    private static String message(String who) {
        return outreach().body("{\"channel\":\"SMS\",\"direction\":\"INBOUND\",\"occurredAt\":\"2023-09-01T10:00:00Z\",\"topics\":[\"HOUSING\"],"
                + who + "}").post("/outreach/messages").then().statusCode(201).extract().path("id");
    }

    @Test
    void oldMessagesAndTheirConversationsGoRecentOnesStay() throws Exception {
        String code = newClient();
        String conversation = "old-" + Api.tag();
        String old = message("\"clientCode\":\"" + code + "\"");
        String oldInConversation = message("\"conversation\":\"" + conversation + "\"");
        String recent = message("\"clientCode\":\"" + code + "\"");
        sql("update outreach_message set occurred_at = '1990-01-01T10:00:00Z' where id in (?::uuid, ?::uuid)", old, oldInConversation);
        sql("update conversation set created_at = '1990-01-01T10:00:00Z' where pseudonym = ? and pseudonym = ?", conversation, conversation);

        List<RecordsDeIdentified> done = job.runOn(LocalDate.of(1995, 1, 1));

        assertEquals(List.of("outreach-message"), done.stream().map(RecordsDeIdentified::recordType).toList());
        assertEquals(0, count("select count(*) from outreach_message where id in (?::uuid, ?::uuid)", old, oldInConversation));
        assertEquals(0, count("select count(*) from conversation where pseudonym = ? or pseudonym = ?", conversation, conversation));
        assertEquals(1, count("select count(*) from outreach_message where id = ?::uuid or id = ?::uuid", recent, recent));
        assertTrue(job.runOn(LocalDate.of(1995, 1, 1)).isEmpty(), "a second run finds nothing due");
    }

    private void sql(String sql, String a, String b) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.executeUpdate();
        }
    }

    private int count(String sql, String a, String b) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
