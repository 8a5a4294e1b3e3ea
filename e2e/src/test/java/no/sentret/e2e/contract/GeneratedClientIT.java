package no.sentret.e2e.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import no.sentret.e2e.Gateway;
import no.sentret.e2e.SuiteUnderTest;
import no.sentret.e2e.Tokens;
import no.sentret.e2e.client.ApiClient;
import no.sentret.e2e.client.ApiException;
import no.sentret.e2e.client.api.ClientsApi;
import no.sentret.e2e.client.api.FeedbackApi;
import no.sentret.e2e.client.api.StatisticsPublicApi;
import no.sentret.e2e.client.api.VisitsApi;
import no.sentret.e2e.client.model.Activity;
import no.sentret.e2e.client.model.AgeGroup;
import no.sentret.e2e.client.model.AnnualReport;
import no.sentret.e2e.client.model.Client;
import no.sentret.e2e.client.model.Feedback;
import no.sentret.e2e.client.model.FeedbackLanguage;
import no.sentret.e2e.client.model.Gender;
import no.sentret.e2e.client.model.GiveFeedback;
import no.sentret.e2e.client.model.RecordVisit;
import no.sentret.e2e.client.model.RegisterClient;
import no.sentret.e2e.client.model.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The published contract as an integrator uses it: a Java client generated at build time from
 * {@code openapi/sentret-api.yaml} (openapi-generator, see this module's pom) talks to the running suite through its
 * gateway, with tokens Keycloak issued by client credentials, as a machine gets them: an integrator's front-desk
 * system ({@code sentret-frontdesk-integration}, role staff), the municipality's and the kiosk's.
 */
@ExtendWith(SuiteUnderTest.class)
class GeneratedClientIT {

    private static ApiClient as(Gateway gateway, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void anIntegratorRegistersAndRecordsAVisitWithClientCredentialsAndARetryWithItsKeyRecordsNothingNew(Gateway gateway, Tokens tokens)
            throws ApiException {
        String token = tokens.frontDeskIntegration();
        // a machine's token: the integration's own service account, no person behind it
        assertEquals("service-account-sentret-frontdesk-integration", Tokens.claims(token).path("preferred_username").asText());
        ApiClient integration = as(gateway, token);
        Client client = new ClientsApi(integration).registerClient(
                new RegisterClient().gender(Gender.WOMAN).nationality("ES").ageGroup(AgeGroup._26_30), null);
        assertNotNull(client.getCode());

        String key = UUID.randomUUID().toString();
        RecordVisit visit = new RecordVisit().clientCode(client.getCode()).activities(List.of(Activity.MEAL, Activity.CONVERSATION));
        Visit recorded = new VisitsApi(integration).recordVisit(visit, key);
        Visit retried = new VisitsApi(integration).recordVisit(visit, key);
        assertEquals(recorded.getId(), retried.getId(), "the retry is answered with the first visit");
        assertEquals(client.getCode(), recorded.getClientCode());
        assertEquals(recorded.getId(), new VisitsApi(integration).getVisit(recorded.getId()).getId());
    }

    @Test
    void theKioskGivesFeedbackWithItsClientCredentials(Gateway gateway, Tokens tokens) throws ApiException {
        Feedback feedback = new FeedbackApi(as(gateway, tokens.kiosk()))
                .giveFeedback(new GiveFeedback().score(4).language(FeedbackLanguage.TH), UUID.randomUUID().toString());
        assertEquals(4, feedback.getScore());
    }

    @Test
    void theMunicipalityReadsThePublicFiguresWithItsClientCredentialsAndIsRefusedTheRest(Gateway gateway, Tokens tokens) {
        ApiClient municipality = as(gateway, tokens.municipality());
        try {
            AnnualReport report = new StatisticsPublicApi(municipality).publicAnnualReport(2021);
            assertEquals(2021, report.getYear());
        } catch (ApiException e) {
            throw new AssertionError("the public figures: HTTP " + e.getCode() + " " + e.getResponseBody(), e);
        }
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> new VisitsApi(municipality)
                .recordVisit(new RecordVisit().activities(List.of(Activity.REST)), null));
        assertEquals(403, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"status\""), "a problem document: " + refused.getResponseBody());
    }
}
