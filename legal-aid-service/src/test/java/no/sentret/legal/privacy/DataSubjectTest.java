package no.sentret.legal.privacy;

import static no.sentret.legal.Legal.admin;
import static no.sentret.legal.Legal.coordinator;
import static no.sentret.legal.Legal.lawyer;
import static no.sentret.legal.Legal.newClient;
import static no.sentret.legal.Legal.newInquiry;
import static no.sentret.legal.Legal.newShift;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
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
 * The privacy officer's export of what legal aid holds under a code, once a lawyer has released it, and the erasure
 * ClientErased brings.
 */
@QuarkusTest
class DataSubjectTest {

    @Inject
    AgroalDataSource ds;

    private static String openCase(String inquiry) {
        return lawyer().body("{\"inquiryId\":\"" + inquiry + "\",\"area\":\"FAMILY\",\"note\":\"custody\"}").post("/legal-aid/cases")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theExportHoldsTheInquiriesAndCasesUnderTheCodeOnceALawyerReleasesThemAndIsAudited() throws Exception {
        String code = newClient();
        String shift = newShift();
        String inquiry = newInquiry(shift, code, "[\"FAMILY\"]", null);
        newInquiry(shift, newClient(), "[\"FAMILY\"]", null);
        String legalCase = openCase(inquiry);

        // the privacy officer asks: nobody but lawyers reads legal records, so nothing leaves before a lawyer releases it
        TestTraces.Trace asked = TestTraces.fresh();
        admin().header("traceparent", asked.traceParent()).get("/legal-aid/clients/" + code + "/export").then().statusCode(200)
                .body("service", is("legal-aid-service"))
                .body("records.size()", is(0))
                .body("release.status", is("REQUESTED"));
        admin().queryParam("requestId", asked.traceId()).get("/legal-aid/audit").then().statusCode(200)
                .body("total", is(1)).body("items[0].action", is("REQUEST")).body("items[0].resourceId", is(code));
        lawyer().get("/legal-aid/export-requests").then().statusCode(200)
                .body("find { it.clientCode == '" + code + "' }.status", is("REQUESTED"));
        coordinator().get("/legal-aid/export-requests").then().statusCode(403);

        // a lawyer releases it: the export holds every row under the code, and reading them is audited
        lawyer().post("/legal-aid/export-requests/" + code + "/release").then().statusCode(200)
                .body("status", is("RELEASED")).body("releasedBy", is("user-lawyer"));
        lawyer().get("/legal-aid/export-requests").then().statusCode(200).body("clientCode", not(hasItem(code)));
        TestTraces.Trace trace = TestTraces.fresh();
        admin().header("traceparent", trace.traceParent()).get("/legal-aid/clients/" + code + "/export").then().statusCode(200)
                .body("release.status", is("RELEASED"))
                .body("records.inquiries", hasSize(1)).body("records.inquiries[0].id", is(inquiry))
                .body("records.cases", hasSize(1)).body("records.cases[0].id", is(legalCase)).body("records.cases[0].note", is("custody"))
                .body("records.caseMeetings", hasSize(0));
        admin().queryParam("requestId", trace.traceId()).get("/legal-aid/audit").then().statusCode(200)
                .body("total", is(1)).body("items[0].action", is("READ")).body("items[0].resource", is("client-export"))
                .body("items[0].resourceId", is(code));
        admin().get("/legal-aid/clients/O0/export").then().statusCode(400).body("errors[0].field", is("clientCode"));

        // erased, the code takes its request with it
        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();
        KnownClients.erase(code, directory::exists);
        assertEquals(0, count("select count(*) from subject_release where client_code = ?", code));
    }

    @Test
    void anErasureDeletesTheInquiriesAndCasesUnderTheCodeAndNothingElse() throws Exception {
        String code = newClient();
        String other = newClient();
        String shift = newShift();
        String inquiry = newInquiry(shift, code, "[\"FAMILY\"]", null);
        openCase(inquiry);
        String kept = newInquiry(shift, other, "[\"FAMILY\"]", null);
        openCase(kept);
        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();

        KnownClients.erase(code, directory::exists);

        assertEquals(0, count("select count(*) from legal_inquiry where client_code = ?", code));
        assertEquals(0, count("select count(*) from legal_case where client_code = ? or inquiry_id in (select id from legal_inquiry where client_code = ?)", code));
        assertEquals(1, count("select count(*) from legal_inquiry where client_code = ?", other));
        assertEquals(1, count("select count(*) from legal_case where client_code = ? or inquiry_id in (select id from legal_inquiry where client_code = ?)", other));
        // the shift itself is the lawyers' record and stays
        lawyer().get("/legal-aid/shifts/" + shift).then().statusCode(200);
    }

    private int count(String sql, String code) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                ps.setString(i, code);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
