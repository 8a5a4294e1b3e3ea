package no.sentret.visit.privacy;

import static no.sentret.visit.Api.admin;
import static no.sentret.visit.Api.newClient;
import static no.sentret.visit.Api.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TestTraces;
import no.sentret.infra.testing.TopicReader.Received;
import no.sentret.infra.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** The privacy officer's export of what visit-service holds under a code, and the erasure that starts every service's. */
@QuarkusTest
class DataSubjectTest {

    @Inject
    AgroalDataSource ds;

    private static String visit(String code) {
        return staff().body("{\"clientCode\":\"" + code + "\",\"activities\":[\"MEAL\"]}").post("/visits").then().statusCode(201).extract().path("id");
    }

    private static String consultation(String code) {
        return staff().body("{\"clientCode\":\"" + code + "\",\"kind\":\"CONSULTATION\",\"topics\":[\"HOUSING\"]}")
                .post("/social-consultations").then().statusCode(201).extract().path("id");
    }

    @Test
    void theExportHoldsTheClientAndEverythingUnderItsCodesAndIsAudited() throws Exception {
        String code = newClient();
        String duplicate = newClient();
        String visit = visit(duplicate);
        admin().body("{\"survivingCode\":\"" + code + "\"}").post("/clients/" + duplicate + "/merge").then().statusCode(200);
        String consultation = consultation(code);
        visit(newClient());
        // the export's audit row carries the request's trace id (the trace this traceparent starts)
        TestTraces.Trace trace = TestTraces.fresh();
        String requestId = trace.traceId();
        admin().header("traceparent", trace.traceParent()).get("/clients/" + code.toLowerCase() + "/export").then().statusCode(200)
                .body("service", is("visit-service"))
                .body("records.client", hasSize(2))
                .body("records.visits.id", contains(visit))
                .body("records.socialConsultations.id", contains(consultation))
                .body("records.healthTeamInvitations", hasSize(0));
        assertEquals(1, count("select count(*) from audit_log where request_id = ? and resource = 'client-export' and resource_id = ?", requestId, code));
        admin().get("/clients/0000/export").then().statusCode(400).body("errors[0].field", is("clientCode"));
        staff().get("/clients/" + code + "/export").then().statusCode(403);
    }

    @Test
    void anErasureRemovesTheClientHereAndTellsEveryServiceOnce() throws Exception {
        String code = newClient();
        String duplicate = newClient();
        admin().body("{\"survivingCode\":\"" + code + "\"}").post("/clients/" + duplicate + "/merge").then().statusCode(200);
        String visit = visit(code);
        String oldVisit = visit(duplicate);
        consultation(code);
        String other = newClient();
        visit(other);

        // the merged code names the same person: the whole person goes
        admin().post("/clients/" + duplicate + "/erase").then().statusCode(200)
                .body("clientCode", is(code)).body("codes", contains(duplicate, code));

        admin().get("/clients/" + code).then().statusCode(404);
        admin().get("/clients/" + duplicate).then().statusCode(404);
        admin().post("/clients/" + code + "/erase").then().statusCode(404);
        assertEquals(0, count("select count(*) from client where code in (?, ?)", code, duplicate));
        assertEquals(0, count("select count(*) from social_consultation where client_code in (?, ?)", code, duplicate));
        assertEquals(0, count("select count(*) from visit where client_code in (?, ?)", code, duplicate));
        // the Stua visits stay, as anonymous visits
        assertEquals(2, count("select count(*) from visit where client_code is null and id in (?::uuid, ?::uuid)", visit, oldVisit));
        assertEquals(1, count("select count(*) from visit where client_code = ? or client_code = ?", other, other));

        List<Received> events;
        try (TopicReader topic = new TopicReader("visit-events")) {
            events = topic.await(r -> code.equals(r.key()) && "ClientErased".equals(r.type()), 1, Duration.ofSeconds(60), Duration.ofSeconds(2));
        }
        assertEquals(1, events.size());
        assertEquals("", EventSchemas.violations(events.get(0).envelope()));
        assertEquals(List.of(duplicate, code), List.of(events.get(0).envelope().path("payload").path("codes").get(0).asText(),
                events.get(0).envelope().path("payload").path("codes").get(1).asText()));
        assertTrue(events.get(0).envelope().path("payload").path("erasedAt").isTextual());
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
