package no.sentret.legal.inquiries;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;

/**
 * Payloads of the inquiry events on legal-aid-events (openapi/events/LegalInquiry*.schema.json);
 * stats-service counts LegalInquiryRecorded as a service event of area LEGAL. The void's reason
 * stays in this service: a legal record's free text never leaves it.
 */
final class InquiryPayloads {

    private InquiryPayloads() {
    }

    record LegalInquiryRecorded(UUID id, String clientCode, Instant occurredAt, Set<LegalArea> areas,
            Set<CriminalSubArea> criminalSubAreas, WouldNotOtherwise wouldNotOtherwiseHaveSoughtLawyer) {
    }

    record LegalInquiryVoided(UUID id, String clientCode, Instant occurredAt) {
    }
}
