package no.sentret.outreach.assignments;

import java.time.Instant;
import java.util.UUID;

/** Payload of AssignmentHeld on outreach-events (openapi/events/AssignmentHeld.schema.json). */
record AssignmentHeld(UUID id, Instant occurredAt, AssignmentKind kind, Audience audience, int participants, boolean concernsYoungPeople) {
}

/** Payload of AssignmentVoided (openapi/events/AssignmentVoided.schema.json): cancels the assignment; the reason stays here. */
record AssignmentVoided(UUID id, Instant occurredAt) {
}
