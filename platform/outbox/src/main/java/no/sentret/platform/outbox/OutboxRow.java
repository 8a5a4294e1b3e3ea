package no.sentret.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** One queued event as read back from the outbox table; {@code envelopeJson} is what goes on the topic. */
public record OutboxRow(long id, UUID eventId, String clientCode, Instant recordedAt, String envelopeJson) {
}
