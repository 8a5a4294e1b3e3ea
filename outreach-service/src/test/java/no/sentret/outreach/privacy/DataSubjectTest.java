package no.sentret.outreach.privacy;

import static no.sentret.outreach.Api.newClient;
import static no.sentret.outreach.Api.outreach;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import no.sentret.infra.testing.KnownClients;
import no.sentret.infra.testing.TestTokens;
import no.sentret.outreach.Api;
import no.sentret.platform.directory.ClientDirectory;
import org.junit.jupiter.api.Test;

/** The privacy officer's export of what outreach holds under a code, and the erasure ClientErased brings. */
@QuarkusTest
class DataSubjectTest {

    @Inject
    AgroalDataSource ds;

    private static String message(String who) {
        return outreach().body("{\"channel\":\"WHATSAPP\",\"direction\":\"INBOUND\",\"occurredAt\":\"2023-09-01T10:00:00Z\",\"topics\":[\"HOUSING\"],"
                + who + "}").post("/outreach/messages").then().statusCode(201).extract().path("id");
    }

    @Test
    void exportAndErasureTakeTheMessagesUnderTheCodeAndInItsLinkedConversations() throws Exception {
        String code = newClient();
        String other = newClient();
        String conversation = "erase-" + Api.tag();
        String direct = message("\"clientCode\":\"" + code + "\"");
        message("\"conversation\":\"" + conversation + "\"");
        outreach().body("{\"clientCode\":\"" + code + "\"}").post("/outreach/conversations/" + conversation + "/link").then().statusCode(200);
        message("\"clientCode\":\"" + other + "\"");

        TestTokens.as("admin").get("/outreach/clients/" + code + "/export").then().statusCode(200)
                .body("service", is("outreach-service"))
                .body("records.conversations", hasSize(1)).body("records.conversations[0].pseudonym", is(conversation))
                .body("records.messages", hasSize(2))
                .body("records.streetShiftContacts", hasSize(0));
        TestTokens.as("outreach").get("/outreach/clients/" + code + "/export").then().statusCode(403);

        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();
        KnownClients.erase(code, directory::exists);

        assertEquals(0, count("select count(*) from outreach_message where client_code = ? or id = ?::uuid", code, direct));
        assertEquals(0, count("select count(*) from outreach_message where conversation = ? or conversation = ?", conversation, conversation));
        assertEquals(0, count("select count(*) from conversation where pseudonym = ? or client_code = ?", conversation, code));
        assertEquals(1, count("select count(*) from outreach_message where client_code = ? or client_code = ?", other, other));
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
