package no.sentret.outreach.messages;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Payloads of the contact events on outreach-events (openapi/events/OutreachContact*.schema.json):
 * categories only, never the pseudonym. A contact linked to a client code later is published again
 * as an OutreachContactRecorded with the same id, now with the code: stats-service upserts service
 * events by (source, id), so the contact counts once, for that client.
 */
final class MessagePayloads {

    private MessagePayloads() {
    }

    record OutreachContactRecorded(UUID id, String clientCode, Instant occurredAt, Channel channel, Direction direction,
                                   Set<MessageTopic> topics) {

        static OutreachContactRecorded of(OutreachMessage m) {
            return new OutreachContactRecorded(m.id, m.clientCode, m.occurredAt, m.channel, m.direction, m.topics);
        }
    }

    record OutreachContactVoided(UUID id, String clientCode, Instant occurredAt) {
    }
}
