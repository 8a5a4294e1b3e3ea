package no.sentret.legal.shifts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalShift")
public record ShiftView(
        UUID id,
        @Schema(example = "2022-03-09") LocalDate date,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "14:00:00") LocalTime start,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "17:00:00") LocalTime end,
        @Schema(description = "The lawyer who holds the shift (the substitute once one has taken it)") UUID lawyerId,
        @Schema(description = "The lawyer it was planned for") UUID plannedLawyerId,
        @Schema(description = "Whether a substitute took the shift from the planned lawyer") boolean substituted,
        ShiftStatus status,
        @Schema(nullable = true) CancelReason cancelReason,
        @Schema(nullable = true, description = "The weekly pattern it was planned with, if any") UUID termId,
        @Schema(description = "0 while planned, 1 once an outcome is set, one more for each correction", example = "1") int outcomeRevision) {

    public static ShiftView of(Shift s) {
        return new ShiftView(s.id, s.date, s.start, s.end, s.lawyerId, s.plannedLawyerId, !s.lawyerId.equals(s.plannedLawyerId),
                s.status, s.cancelReason, s.termId, s.outcomeRevision);
    }
}
