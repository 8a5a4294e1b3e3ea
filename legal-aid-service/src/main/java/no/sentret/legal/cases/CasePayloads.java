package no.sentret.legal.cases;

import java.time.LocalDate;
import java.util.UUID;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;

/**
 * Payloads of the case events on legal-aid-events (openapi/events/LegalCase*.schema.json): area and
 * outcome, never the note or the void's reason.
 */
final class CasePayloads {

    private CasePayloads() {
    }

    record LegalCaseOpened(UUID id, String clientCode, LocalDate openedOn, LegalArea area, CriminalSubArea subArea) {
    }

    record LegalCaseClosed(UUID id, String clientCode, LocalDate openedOn, LocalDate closedOn, LegalArea area,
            CriminalSubArea subArea, CaseOutcome outcome, ReferredTo referredTo) {
    }

    record LegalCaseVoided(UUID id, String clientCode, LocalDate openedOn) {
    }
}
