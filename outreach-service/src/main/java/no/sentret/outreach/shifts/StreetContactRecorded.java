package no.sentret.outreach.shifts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A street-shift contact that named a client code, published in the shape stats-service counts as an
 * outreach service event (openapi/events/OutreachContactRecorded.schema.json), with channel STREET:
 * the contact counts towards the client's unique-user figures. The event type is the record's name.
 */
final class StreetContactRecorded {

    static final String CHANNEL = "STREET";
    static final String DIRECTION = "OUTBOUND";
    /** the topics of a street conversation are not recorded */
    static final List<String> TOPICS = List.of("OTHER");

    private StreetContactRecorded() {
    }

    record OutreachContactRecorded(UUID id, String clientCode, Instant occurredAt, String channel, String direction, List<String> topics) {

        static OutreachContactRecorded of(StreetContact c, Instant shiftStart) {
            return new OutreachContactRecorded(c.id, c.clientCode, shiftStart, CHANNEL, DIRECTION, TOPICS);
        }
    }

    /** A named contact of a voided shift: cancelled by its own id like a voided message. */
    record OutreachContactVoided(UUID id, String clientCode, Instant occurredAt) {
    }
}
