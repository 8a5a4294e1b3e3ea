package no.sentret.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One queued event as read back from the outbox table; {@code envelopeJson} is what goes on the topic,
 * {@code traceParent} the W3C trace context of the request that appended it (null outside any trace),
 * {@code type} the envelope's type (sent as a header too, {@link no.sentret.platform.kafka.EventTypeHeader}).
 */
public record OutboxRow(long id, UUID eventId, String clientCode, Instant recordedAt, String envelopeJson, String traceParent, String type) {
}
