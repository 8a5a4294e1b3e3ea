package no.sentret.platform.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import no.sentret.platform.kafka.EventTypeHeader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What a visit-events record changes in the directory, read from its header and key where they suffice. */
class RegistryChangeTest {

    private static final String NAMED_VISIT = """
            {"eventId":"5b1c3f1e-0d6a-4a55-9a1e-3c7f0f7f2b10","type":"VisitRecorded","occurredAt":"2022-05-01T11:00:00Z",
             "payload":{"clientCode":"K7M3QX"}}""";

    private static ConsumerRecord<String, String> record(String type, String key, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("visit-events", 0, 0L, key, value);
        if (type != null) {
            EventTypeHeader.add(record.headers(), type);
        }
        return record;
    }

    @Test
    void aTypeTheDirectoryDoesNotKeepIsSkippedUnread() {
        RegistryChange change = RegistryChange.of(record("FeedbackGiven", null, "not even JSON"));
        assertEquals(new RegistryChange.Ignored("not a registry event"), change, "skipped by its header, never parsed");
    }

    @Test
    void anAnonymousVisitIsSkippedByItsMissingKey() {
        assertEquals(new RegistryChange.Ignored("anonymous"), RegistryChange.of(record("VisitRecorded", null, "not even JSON")));
    }

    @Test
    void aNamedVisitMovesLastSeen() {
        RegistryChange change = RegistryChange.of(record("VisitRecorded", "K7M3QX", NAMED_VISIT));
        assertEquals(new RegistryChange.Seen("K7M3QX", Instant.parse("2022-05-01T11:00:00Z")), change);
    }

    @Test
    void aRecordWithoutTheHeaderIsReadAsBefore() {
        assertEquals(new RegistryChange.Seen("K7M3QX", Instant.parse("2022-05-01T11:00:00Z")),
                RegistryChange.of(record(null, "K7M3QX", NAMED_VISIT)), "published before the header existed");
        String registered = """
                {"type":"ClientRegistered","payload":{"code":"K7M3QX","firstRegisteredOn":"2022-05-01"}}""";
        assertInstanceOf(RegistryChange.Registered.class, RegistryChange.of(record(null, "K7M3QX", registered)));
        assertInstanceOf(RegistryChange.Registered.class, RegistryChange.of(record("ClientRegistered", "K7M3QX", registered)));
    }

    @Test
    void everyTypeTheEnvelopeParserKnowsPassesTheHeaderFilter() {
        for (String type : new String[] {"ClientRegistered", "ClientUpdated", "ClientErased", "ClientsMerged", "VisitRecorded",
                "SocialConsultationRecorded"}) {
            // the envelope names the type and nothing else: the parser answers something other than "not a registry event"
            RegistryChange change = RegistryChange.of(record(type, "K7M3QX", "{\"type\":\"" + type + "\"}"));
            assertNotEquals(new RegistryChange.Ignored("not a registry event"), change, type + " must be read");
        }
    }
}
