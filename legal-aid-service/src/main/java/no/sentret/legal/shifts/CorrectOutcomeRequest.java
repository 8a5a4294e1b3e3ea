package no.sentret.legal.shifts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectLegalShiftOutcome", description = "The outcome the shift really had, and why the one recorded was wrong")
public record CorrectOutcomeRequest(
        @Schema(required = true, example = "HELD") @NotNull ShiftOutcome status,
        @Schema(description = "Required exactly when status is CANCELLED", nullable = true, example = "LAWYER_ILL") CancelReason cancelReason,
        @Schema(required = true, description = "Why the recorded outcome was wrong. No personal data; never published.",
                example = "marked nobody-came by mistake: one person came late", maxLength = 500)
        @NotBlank @Size(max = 500) @NoPersonalData String reason) {
}
