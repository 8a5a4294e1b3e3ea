package no.sentret.visit.consultations;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Payloads of the consultation events on visit-events (openapi/events/SocialConsultation*.schema.json). */
final class ConsultationPayloads {

    private ConsultationPayloads() {
    }

    record SocialConsultationRecorded(UUID id, String clientCode, Instant occurredAt, ConsultationKind kind, Set<Topic> topics) {
    }

    record SocialConsultationVoided(UUID id, String clientCode, Instant occurredAt, String reason) {
    }
}
