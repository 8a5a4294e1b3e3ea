package no.sentret.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The one envelope every service publishes (schema: openapi/events/envelope.schema.json).
 * {@code occurredAt} is when it happened at the centre; {@code recordedAt} is when the system learnt of it.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        Instant recordedAt,
        String source,
        String clientCode,
        JsonNode payload) {
}
