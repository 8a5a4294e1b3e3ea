package no.sentret.legal.shifts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanLegalTerm", description = "A weekly shift on one weekday from 'from' to 'to', the lawyers taking turns week by week")
public record PlanTermRequest(
        @Schema(required = true, example = "2022-01-03") @NotNull LocalDate from,
        @Schema(required = true, example = "2022-06-24") @NotNull LocalDate to,
        @Schema(required = true, example = "WEDNESDAY") @NotNull DayOfWeek dayOfWeek,
        @Schema(required = true, type = SchemaType.STRING, example = "14:00") @NotNull LocalTime start,
        @Schema(required = true, type = SchemaType.STRING, example = "17:00") @NotNull LocalTime end,
        @Schema(required = true, description = "Lawyers on the roster, in turn: the first the first week, the second the next, ...")
        @NotNull @Size(min = 1, max = 8) List<@NotNull UUID> lawyerIds,
        @Schema(description = "Weeks without a shift (holidays)", example = "[\"2022-04-13\"]", nullable = true)
        @Size(max = 53) List<@NotNull LocalDate> skipDates) {
}
