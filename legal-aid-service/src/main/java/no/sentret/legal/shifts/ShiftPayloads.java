package no.sentret.legal.shifts;

import java.time.LocalDate;
import java.util.UUID;
import no.sentret.legal.lawyers.LawyerKind;

/**
 * Payloads of the shift events on legal-aid-events (openapi/events/LegalShift*.schema.json): the
 * shift, its date and whether a regular lawyer or a substitute held it; never who. {@code revision}
 * is 1 for the first outcome and one more for each correction: a correction publishes the event of
 * the corrected outcome with the same shift id, which replaces the shift's status in the figures.
 */
final class ShiftPayloads {

    private ShiftPayloads() {
    }

    record LegalShiftHeld(UUID id, LocalDate date, LawyerKind lawyerKind, int revision) {
    }

    record LegalShiftNobodyCame(UUID id, LocalDate date, LawyerKind lawyerKind, int revision) {
    }

    record LegalShiftCancelled(UUID id, LocalDate date, LawyerKind lawyerKind, CancelReason reason, int revision) {
    }
}
