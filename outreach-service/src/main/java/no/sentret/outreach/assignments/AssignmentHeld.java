package no.sentret.outreach.assignments;

import java.time.Instant;
import java.util.UUID;

/** Payload of AssignmentHeld on outreach-events (openapi/events/AssignmentHeld.schema.json). */
record AssignmentHeld(UUID id, Instant occurredAt, AssignmentKind kind, Audience audience, int participants, boolean concernsYoungPeople) {
}
