package no.sentret.outreach.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.sentret.outreach.common.District;

/**
 * Payloads of the alert events on outreach-events (openapi/events/SafetyAlert*.schema.json):
 * categories and dates only, never the modus operandi, the description or a withdrawal's reason.
 */
final class AlertPayloads {

    private AlertPayloads() {
    }

    record SafetyAlertPublished(UUID id, AlertCategory category, District district, LocalDate occurredOn, PartOfDay partOfDay,
                                Instant publishedAt, Instant expiresAt) {

        static SafetyAlertPublished of(SafetyAlert a) {
            return new SafetyAlertPublished(a.id, a.category, a.district, a.occurredOn, a.partOfDay, a.publishedAt, a.expiresAt);
        }
    }

    enum Ending {
        EXPIRED, WITHDRAWN
    }

    record SafetyAlertEnded(UUID id, AlertCategory category, District district, LocalDate occurredOn, Ending ending, Instant endedAt) {

        static SafetyAlertEnded of(SafetyAlert a, Ending ending, Instant endedAt) {
            return new SafetyAlertEnded(a.id, a.category, a.district, a.occurredOn, ending, endedAt);
        }
    }
}
