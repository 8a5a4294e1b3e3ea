package no.sentret.legal.shifts;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanLegalShift")
public record PlanShiftRequest(
        @Schema(required = true, example = "2022-03-09") @NotNull LocalDate date,
        @Schema(required = true, type = SchemaType.STRING, example = "14:00") @NotNull LocalTime start,
        @Schema(required = true, type = SchemaType.STRING, example = "17:00") @NotNull LocalTime end,
        @Schema(required = true, description = "A lawyer on the roster") @NotNull UUID lawyerId) {
}
