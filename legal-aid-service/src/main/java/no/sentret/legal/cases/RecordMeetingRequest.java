package no.sentret.legal.cases;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordLegalCaseMeeting")
public record RecordMeetingRequest(
        @Schema(required = true, description = "A later shift than the one the case was opened on") @NotNull UUID shiftId,
        @Schema(description = "Defaults to now; must be on the shift's date and not in the future", example = "2022-03-16T14:30:00+01:00", nullable = true)
        OffsetDateTime occurredAt) {
}
