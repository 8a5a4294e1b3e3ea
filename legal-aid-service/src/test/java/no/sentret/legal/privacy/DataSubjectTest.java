package no.sentret.legal.privacy;

import static no.sentret.legal.Legal.admin;
import static no.sentret.legal.Legal.lawyer;
import static no.sentret.legal.Legal.newClient;
import static no.sentret.legal.Legal.newInquiry;
import static no.sentret.legal.Legal.newShift;
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

/** The privacy officer's export of what legal aid holds under a code, and the erasure ClientErased brings. */
@QuarkusTest
class DataSubjectTest {

    @Inject
    AgroalDataSource ds;

    private static String openCase(String inquiry) {
        return lawyer().body("{\"inquiryId\":\"" + inquiry + "\",\"area\":\"FAMILY\",\"note\":\"custody\"}").post("/legal-aid/cases")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theExportHoldsTheInquiriesAndCasesUnderTheCodeAndIsAudited() {
        String code = newClient();
        String shift = newShift();
        String inquiry = newInquiry(shift, code, "[\"FAMILY\"]", null);
        newInquiry(shift, newClient(), "[\"FAMILY\"]", null);
        String legalCase = openCase(inquiry);
        // the export's audit row carries the request's trace id (the trace this traceparent starts)
        TestTraces.Trace trace = TestTraces.fresh();
        String requestId = trace.traceId();
        admin().header("traceparent", trace.traceParent()).get("/legal-aid/clients/" + code + "/export").then().statusCode(200)
                .body("service", is("legal-aid-service"))
                .body("records.inquiries", hasSize(1)).body("records.inquiries[0].id", is(inquiry))
                .body("records.cases", hasSize(1)).body("records.cases[0].id", is(legalCase)).body("records.cases[0].note", is("custody"))
                .body("records.caseMeetings", hasSize(0));
        admin().queryParam("requestId", requestId).get("/legal-aid/audit").then().statusCode(200)
                .body("total", is(1)).body("items[0].resource", is("client-export")).body("items[0].resourceId", is(code));
        admin().get("/legal-aid/clients/O0/export").then().statusCode(400).body("errors[0].field", is("clientCode"));
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
