package no.sentret.outreach.assignments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordAssignment")
public record RecordAssignmentRequest(
        @Schema(required = true, description = "When it was held; not in the future", example = "2022-03-10T09:00:00+01:00") OffsetDateTime occurredAt,
        @Schema(required = true, example = "SCHOOL_CLASS") @NotNull AssignmentKind kind,
        @Schema(required = true, example = "SCHOOL") @NotNull Audience audience,
        @Schema(required = true, example = "28", minimum = "0", maximum = "100000") @NotNull @Min(0) @Max(100_000) Integer participants,
        @Schema(required = true, example = "true") @NotNull Boolean concernsYoungPeople) {
}
