package no.sentret.visit.visits;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Payloads of the visit events on visit-events (openapi/events/Visit*.schema.json). */
final class VisitPayloads {

    private VisitPayloads() {
    }

    record VisitRecorded(UUID id, String clientCode, Instant occurredAt, Set<Activity> activities) {
    }

    record VisitVoided(UUID id, String clientCode, Instant occurredAt, String reason) {
    }
}
