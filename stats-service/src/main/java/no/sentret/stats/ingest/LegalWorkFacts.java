package no.sentret.stats.ingest;

import static no.sentret.stats.ingest.FieldChecks.date;
import static no.sentret.stats.ingest.FieldChecks.id;
import static no.sentret.stats.ingest.FieldChecks.integer;
import static no.sentret.stats.ingest.FieldChecks.oneOf;
import static no.sentret.stats.ingest.FieldChecks.payloadCode;

import java.time.LocalDate;
import java.util.UUID;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.Vocabulary;

/** The legal aid's shifts (LegalShift*) and cases (LegalCase*). */
final class LegalWorkFacts {

    private LegalWorkFacts() {
    }

    static Fact shift(String type, JsonFields p) throws InvalidEventException {
        UUID id = id(p);
        LocalDate date = date(p, "date");
        String lawyerKind = oneOf(p, "lawyerKind", Vocabulary.LAWYER_KINDS, true);
        String status = switch (type) {
            case "LegalShiftHeld" -> "HELD";
            case "LegalShiftNobodyCame" -> "NOBODY_CAME";
            default -> "CANCELLED";
        };
        if (status.equals("CANCELLED")) {
            oneOf(p, "reason", Vocabulary.SHIFT_CANCEL_REASONS, true);
        }
        // a corrected outcome re-publishes the shift with a higher revision (absent before corrections: 1)
        int revision = p.hasNonNull("revision") ? integer(p, "revision", 1, Integer.MAX_VALUE) : 1;
        return new Fact.LegalShiftFact(id, date, status, lawyerKind, revision);
    }

    static Fact legalCase(String type, String envelopeCode, JsonFields p) throws InvalidEventException {
        UUID id = id(p);
        payloadCode(p, envelopeCode);
        LocalDate openedOn = date(p, "openedOn");
        if (type.equals("LegalCaseVoided")) {
            return new Fact.LegalCaseFact(id, "VOIDED", openedOn, null, null, null);
        }
        String area = oneOf(p, "area", Vocabulary.LEGAL_AREAS, true);
        String subArea = oneOf(p, "subArea", Vocabulary.CRIMINAL_SUB_AREAS, false);
        if ((subArea != null) != area.equals("CRIMINAL")) {
            throw new InvalidEventException("payload.subArea: set exactly when area is CRIMINAL");
        }
        if (type.equals("LegalCaseOpened")) {
            return new Fact.LegalCaseFact(id, "OPENED", openedOn, area, null, null);
        }
        LocalDate closedOn = date(p, "closedOn");
        String outcome = oneOf(p, "outcome", Vocabulary.CASE_OUTCOMES, true);
        String referredTo = oneOf(p, "referredTo", Vocabulary.REFERRED_TO, false);
        if ((referredTo != null) != outcome.equals("REFERRED")) {
            throw new InvalidEventException("payload.referredTo: set exactly when outcome is REFERRED");
        }
        return new Fact.LegalCaseFact(id, "CLOSED", openedOn, area, closedOn, outcome);
    }
}
