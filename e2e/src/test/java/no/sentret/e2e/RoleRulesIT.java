package no.sentret.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role rules as users meet them: through the gateway, with tokens Keycloak issued. Each case is a
 * pair (someone may, someone else may not) so a rule that lets everyone through fails too.
 */
@ExtendWith(SuiteUnderTest.class)
class RoleRulesIT {

    private static final String YEAR = "/2021";
    private static final Map<String, Object> CLIENT = Map.of("gender", "WOMAN", "nationality", "ES", "ageGroup", "26-30");
    private static final Map<String, Object> VISIT = Map.of("activities", java.util.List.of("CONVERSATION"));
    private static final Map<String, Object> FEEDBACK = Map.of("score", 4, "language", "en");

    @Test
    void staffCannotReadTheStatisticsMeantForAnalysts(Gateway gateway, Tokens tokens) {
        expect(403, gateway.get("/api/stats/annual" + YEAR, tokens.user("staff")));
        expect(403, gateway.get("/api/stats/public/annual" + YEAR, tokens.user("staff")));
        expect(200, gateway.get("/api/stats/annual" + YEAR, tokens.user("analyst")));
    }

    @Test
    void theMunicipalityReadsOnlyThePublicFiguresAndCannotWrite(Gateway gateway, Tokens tokens) {
        String municipality = tokens.municipality();
        Gateway.Reply figures = expect(200, gateway.get("/api/stats/public/annual" + YEAR, municipality));
        assertFalse(figures.body().contains("clientCode"), "the municipality's view carries no client code");
        expect(403, gateway.get("/api/stats/annual" + YEAR, municipality));
        expect(403, gateway.post("/api/clients", municipality, CLIENT));
        expect(403, gateway.post("/api/visits", municipality, VISIT));
        expect(403, gateway.post("/api/feedback", municipality, FEEDBACK));
        expect(403, gateway.post("/api/social-consultations", municipality, Map.of("kind", "CONSULTATION")));
        expect(403, gateway.get("/api/clients?codePrefix=A", municipality));
        expect(403, gateway.post("/api/stats/rebuild", municipality, null));
    }

    @Test
    void theKioskCanOnlyGiveFeedback(Gateway gateway, Tokens tokens) {
        String kiosk = tokens.kiosk();
        expect(201, gateway.post("/api/feedback", kiosk, FEEDBACK));
        expect(403, gateway.get("/api/visits/today", kiosk));
        expect(403, gateway.post("/api/clients", kiosk, CLIENT));
        expect(403, gateway.post("/api/visits", kiosk, VISIT));
        expect(403, gateway.post("/api/social-consultations", kiosk, Map.of("kind", "CONSULTATION")));
        expect(403, gateway.get("/api/clients?codePrefix=A", kiosk));
        expect(403, gateway.get("/api/stats/public/annual" + YEAR, kiosk));
        expect(403, gateway.get("/api/stats/annual" + YEAR, kiosk));
        expect(200, gateway.get("/api/feedback/questions", kiosk));
        expect(403, gateway.post("/api/feedback", tokens.user("staff"), FEEDBACK));
    }

    @Test
    void staffRegisterClientsAndVisitsButOtherRolesCannot(Gateway gateway, Tokens tokens) {
        Gateway.Reply client = expect(201, gateway.post("/api/clients", tokens.user("staff"), CLIENT));
        String code = client.json().path("code").asText();
        expect(201, gateway.post("/api/visits", tokens.user("staff"), Map.of("clientCode", code, "activities", java.util.List.of("MEAL"))));
        for (String other : new String[] {"clinician", "lawyer", "outreach", "analyst"}) {
            expect(403, gateway.post("/api/visits", tokens.user(other), VISIT));
            expect(403, gateway.get("/api/clients/" + code, tokens.user(other)));
        }
    }

    @Test
    void onlyAdminMergesDuplicates(Gateway gateway, Tokens tokens) {
        String staff = tokens.user("staff");
        String duplicate = expect(201, gateway.post("/api/clients", staff, CLIENT)).json().path("code").asText();
        String survivor = expect(201, gateway.post("/api/clients", staff, CLIENT)).json().path("code").asText();
        Map<String, Object> merge = Map.of("survivingCode", survivor);
        expect(403, gateway.post("/api/clients/" + duplicate + "/merge", staff, merge));
        expect(403, gateway.post("/api/clients/" + duplicate + "/merge", tokens.municipality(), merge));
        expect(200, gateway.post("/api/clients/" + duplicate + "/merge", tokens.user("admin"), merge));
        assertEquals(survivor, expect(200, gateway.get("/api/clients/" + duplicate, staff)).json().path("code").asText(),
                "a merged code answers with the survivor");
    }

    @Test
    void healthRecordsAreRefusedToAnyoneButClinicians(Gateway gateway, Tokens tokens) {
        for (String other : new String[] {"staff", "lawyer", "analyst", "admin"}) {
            expect(403, gateway.get("/api/health/consultations", tokens.user(other)));
        }
        expect(403, gateway.get("/api/health/consultations", tokens.kiosk()));
    }

    private static Gateway.Reply expect(int status, Gateway.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }
}
