package no.sentret.health.privacy;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.admin;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.stiTest;
import static org.hamcrest.Matchers.everyItem;
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
import no.sentret.infra.testing.TestTraces;
import no.sentret.platform.directory.ClientDirectory;
import org.junit.jupiter.api.Test;

/** The privacy officer's export of what health holds under a code, and the erasure ClientErased brings. */
@QuarkusTest
class DataSubjectTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void theExportHoldsEveryRowUnderTheCodeAndIsAudited() {
        String code = newClient();
        String other = newClient();
        String id = consult(code, "2023-04-01T10:00:00Z", stiTest("HIV"), COUNSELLING).getString("id");
        consult(other, "2023-04-01T11:00:00Z", COUNSELLING);
        // the export's audit row carries the request's trace id (the trace this traceparent starts)
        TestTraces.Trace trace = TestTraces.fresh();
        String requestId = trace.traceId();
        admin().header("traceparent", trace.traceParent()).get("/health/clients/" + code.toLowerCase() + "/export").then().statusCode(200)
                .body("service", is("health-service"))
                .body("clientCode", is(code))
                .body("records.consultations", hasSize(1))
                .body("records.consultations[0].id", is(id))
                .body("records.consultations[0].client_code", is(code))
                .body("records.serviceLines", hasSize(2))
                .body("records.serviceLines.client_code", everyItem(is(code)))
                .body("records.testResultChanges", hasSize(0))
                .body("records.campaignContacts", hasSize(0))
                .body("records.healthTeamInvitations", hasSize(0));
        admin().queryParam("requestId", requestId).get("/health/audit").then().statusCode(200)
                .body("total", is(1)).body("items[0].resource", is("client-export")).body("items[0].resourceId", is(code));
        admin().get("/health/clients/not-a-code/export").then().statusCode(400).body("errors[0].field", is("clientCode"));
        clinician().get("/health/clients/" + code + "/export").then().statusCode(403);
    }

    @Test
    void anErasureDeletesWhatIsHeldUnderTheCodeAndNothingElse() throws Exception {
        String code = newClient();
        String merged = newClient();
        String other = newClient();
        consult(code, "2023-05-01T10:00:00Z", stiTest("HIV"), COUNSELLING);
        consult(merged, "2023-05-02T10:00:00Z", COUNSELLING);
        consult(other, "2023-05-01T11:00:00Z", COUNSELLING);
        clinician().body("{\"clientCode\":\"" + code + "\"}").post("/health/invitations").then().statusCode(201);
        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();

        KnownClients.erase(code, directory::exists, merged);

        assertEquals(0, count("select count(*) from consultation where client_code in (?, ?)", code, merged));
        assertEquals(0, count("select count(*) from service_line where client_code in (?, ?)", code, merged));
        assertEquals(0, count("select count(*) from health_team_invitation where client_code in (?, ?)", code, merged));
        assertEquals(1, count("select count(*) from consultation where client_code in (?, ?)", other, other));
        admin().get("/health/clients/" + code + "/export").then().statusCode(200).body("records.consultations", hasSize(0));
        // the code is unknown here from now on
        clinician().body("{\"clientCode\":\"" + code + "\",\"occurredAt\":\"2023-06-01T10:00:00Z\",\"professionalType\":\"NURSE\",\"services\":["
                + COUNSELLING + "]}").post("/health/consultations").then().statusCode(422);
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
