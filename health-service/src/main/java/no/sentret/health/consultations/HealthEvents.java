package no.sentret.health.consultations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * Payloads of health-events (openapi/events/HealthService*.schema.json). Categories only: never a
 * result, an infection, a note or a void reason (a reason is free text and could name a diagnosis).
 */
public final class HealthEvents {

    private HealthEvents() {
    }

    /** One given service. vaccine and dose only for VACCINATION, prepStage only for PREP. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HealthServiceRecorded(UUID id, String clientCode, Instant occurredAt, Category category, Vaccine vaccine,
                                        Integer dose, PrepStage prepStage) {

        static HealthServiceRecorded of(ServiceLine l) {
            return new HealthServiceRecorded(l.id, l.clientCode, l.occurredAt, l.category, l.vaccine,
                    l.dose == null ? null : l.dose.intValue(), l.prepStage);
        }
    }

    /** Cancels the HealthServiceRecorded with the same id. */
    public record HealthServiceVoided(UUID id, String clientCode, Instant occurredAt, Category category) {

        static HealthServiceVoided of(ServiceLine l) {
            return new HealthServiceVoided(l.id, l.clientCode, l.occurredAt, l.category);
        }
    }
}
