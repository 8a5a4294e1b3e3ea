package no.sentret.visit.events;

import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema check used by the event tests does refuse what the contract forbids. */
@QuarkusTest // runs with the module's other tests in Quarkus's class loader
class EventSchemasTest {

    private static final String VALID = """
            {"eventId":"0d9a3c1e-7a4f-4c55-9a7e-3f1d2b6c8e01","type":"VisitRecorded","schemaVersion":1,
             "occurredAt":"2022-05-01T08:15:00Z","recordedAt":"2022-05-01T08:15:02.123456Z","source":"visit-service",
             "clientCode":"K7M3QX","payload":{"id":"5b1f4a9e-2c3d-4e5f-8a9b-0c1d2e3f4a5b","clientCode":"K7M3QX",
             "occurredAt":"2022-05-01T08:15:00Z","activities":["MEAL"]}}""";

    @Test
    void acceptsAValidEvent() throws Exception {
        assertEquals("", EventSchemas.violations(new ObjectMapper().readTree(VALID)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"activities\":[\"MEAL\"]|\"activities\":[\"SAUNA\"]",
            "\"activities\":[\"MEAL\"]|\"activities\":[]",
            "\"occurredAt\":\"2022-05-01T08:15:00Z\"|\"occurredAt\":\"yesterday\"",
            "\"activities\":[\"MEAL\"]}|\"activities\":[\"MEAL\"],\"name\":\"Anna\"}",
            "\"schemaVersion\":1|\"schemaVersion\":\"1\"",
            "\"eventId\":\"0d9a3c1e-7a4f-4c55-9a7e-3f1d2b6c8e01\",|"})
    void refusesWhatTheContractForbids(String replacement) throws Exception {
        String[] parts = replacement.split("\\|", -1);
        JsonNode broken = new ObjectMapper().readTree(VALID.replace(parts[0], parts[1]));
        assertNotEquals("", EventSchemas.violations(broken), broken.toString());
    }
}
