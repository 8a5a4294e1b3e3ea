package no.sentret.health.privacy;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.admin;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.stiTest;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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

/**
 * The privacy officer's export of what health holds under a code, once a clinician has released it, and the erasure
 * ClientErased brings.
 */
@QuarkusTest
class DataSubjectTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void theExportHoldsEveryRowUnderTheCodeOnceAClinicianReleasesItAndIsAudited() throws Exception {
        String code = newClient();
        String other = newClient();
        String id = consult(code, "2023-04-01T10:00:00Z", stiTest("HIV"), COUNSELLING).getString("id");
        consult(other, "2023-04-01T11:00:00Z", COUNSELLING);

        // the privacy officer asks: no health record leaves the clinic before a clinician releases it (issue 10)
        TestTraces.Trace asked = TestTraces.fresh();
        admin().header("traceparent", asked.traceParent()).get("/health/clients/" + code.toLowerCase() + "/export").then().statusCode(200)
                .body("service", is("health-service"))
                .body("clientCode", is(code))
                .body("records.size()", is(0))
                .body("release.status", is("REQUESTED"))
                .body("release.requestedBy", is("user-admin"))
                .body("release.releasedAt", nullValue());
        admin().queryParam("requestId", asked.traceId()).get("/health/audit").then().statusCode(200)
                .body("total", is(1)).body("items[0].action", is("REQUEST")).body("items[0].resource", is("client-export"))
                .body("items[0].resourceId", is(code));
        // asking again is the same request, not another
        admin().get("/health/clients/" + code + "/export").then().statusCode(200).body("release.status", is("REQUESTED"));
        clinician().get("/health/export-requests").then().statusCode(200)
                .body("findAll { it.clientCode == '" + code + "' }", hasSize(1))
                .body("find { it.clientCode == '" + code + "' }.status", is("REQUESTED"))
                .body("clientCode", not(hasItem(other)));

        // a clinician releases it: the request leaves the list, and the officer's export holds every row under the code
        TestTraces.Trace released = TestTraces.fresh();
        clinician().header("traceparent", released.traceParent()).post("/health/export-requests/" + code.toLowerCase() + "/release")
                .then().statusCode(200).body("status", is("RELEASED")).body("releasedBy", is("user-clinician"))
                .body("clientCode", is(code));
        admin().queryParam("requestId", released.traceId()).get("/health/audit").then().statusCode(200)
                .body("total", is(1)).body("items[0].action", is("RELEASE")).body("items[0].resourceId", is(code));
        clinician().get("/health/export-requests").then().statusCode(200).body("clientCode", not(hasItem(code)));
        TestTraces.Trace trace = TestTraces.fresh();
        admin().header("traceparent", trace.traceParent()).get("/health/clients/" + code.toLowerCase() + "/export").then().statusCode(200)
                .body("release.status", is("RELEASED"))
                .body("records.consultations", hasSize(1))
                .body("records.consultations[0].id", is(id))
                .body("records.consultations[0].client_code", is(code))
                .body("records.serviceLines", hasSize(2))
                .body("records.serviceLines.client_code", everyItem(is(code)))
                .body("records.testResultChanges", hasSize(0))
                .body("records.campaignContacts", hasSize(0))
                .body("records.healthTeamInvitations", hasSize(0));
        // the export's audit row carries the request's trace id (the trace this traceparent starts)
        admin().queryParam("requestId", trace.traceId()).get("/health/audit").then().statusCode(200)
                .body("total", is(1)).body("items[0].action", is("READ")).body("items[0].resource", is("client-export"))
                .body("items[0].resourceId", is(code));

        // the release lasts its time (sentret.privacy.release-valid-for); after it, a request starts over
        update("update subject_release set released_until = now() - interval '1 second' where client_code = ?", code);
        admin().get("/health/clients/" + code + "/export").then().statusCode(200)
                .body("records.size()", is(0)).body("release.status", is("REQUESTED"));
        clinician().get("/health/export-requests").then().statusCode(200).body("clientCode", hasItem(code));

        admin().get("/health/clients/not-a-code/export").then().statusCode(400).body("errors[0].field", is("clientCode"));
        clinician().get("/health/clients/" + code + "/export").then().statusCode(403);
        admin().post("/health/export-requests/" + code + "/release").then().statusCode(403);
        clinician().post("/health/export-requests/not-a-code/release").then().statusCode(400).body("errors[0].field", is("clientCode"));
        clinician().post("/health/export-requests/ABCD2345/release").then().statusCode(422).body("errors[0].field", is("clientCode"));
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
        admin().get("/health/clients/" + code + "/export").then().statusCode(200).body("release.status", is("REQUESTED"));
        admin().get("/health/clients/" + other + "/export").then().statusCode(200).body("release.status", is("REQUESTED"));
        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();

        KnownClients.erase(code, directory::exists, merged);

        assertEquals(0, count("select count(*) from consultation where client_code in (?, ?)", code, merged));
        assertEquals(0, count("select count(*) from service_line where client_code in (?, ?)", code, merged));
        assertEquals(0, count("select count(*) from health_team_invitation where client_code in (?, ?)", code, merged));
        assertEquals(0, count("select count(*) from subject_release where client_code in (?, ?)", code, merged));
        assertEquals(1, count("select count(*) from consultation where client_code in (?, ?)", other, other));
        assertEquals(1, count("select count(*) from subject_release where client_code in (?, ?)", other, other));
        // an erased code holds nothing: the export says so at once (nothing to release), and keeps no new request
        admin().get("/health/clients/" + code + "/export").then().statusCode(200).body("records.consultations", hasSize(0))
                .body("release", nullValue());
        assertEquals(0, count("select count(*) from subject_release where client_code in (?, ?)", code, code));
        // the code is unknown here from now on
        clinician().body("{\"clientCode\":\"" + code + "\",\"occurredAt\":\"2023-06-01T10:00:00Z\",\"professionalType\":\"NURSE\",\"services\":["
                + COUNSELLING + "]}").post("/health/consultations").then().statusCode(422);
    }

    private void update(String sql, String code) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            assertEquals(1, ps.executeUpdate());
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
