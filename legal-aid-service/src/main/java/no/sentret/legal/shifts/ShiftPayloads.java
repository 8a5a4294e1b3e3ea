package no.sentret.legal.shifts;

import java.time.LocalDate;
import java.util.UUID;
import no.sentret.legal.lawyers.LawyerKind;

/**
 * Payloads of the shift events on legal-aid-events (openapi/events/LegalShift*.schema.json): the
 * shift, its date and whether a regular lawyer or a substitute held it; never who.
 */
final class ShiftPayloads {

    private ShiftPayloads() {
    }

    record LegalShiftHeld(UUID id, LocalDate date, LawyerKind lawyerKind) {
    }

    record LegalShiftNobodyCame(UUID id, LocalDate date, LawyerKind lawyerKind) {
    }

    record LegalShiftCancelled(UUID id, LocalDate date, LawyerKind lawyerKind, CancelReason reason) {
    }
}
