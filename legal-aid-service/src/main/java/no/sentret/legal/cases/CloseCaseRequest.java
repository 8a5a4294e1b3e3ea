package no.sentret.legal.cases;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseLegalCase")
public record CloseCaseRequest(
        @Schema(required = true, example = "REFERRED") @NotNull CaseOutcome outcome,
        @Schema(description = "Required when REFERRED, not allowed otherwise", example = "POLICE", nullable = true) ReferredTo referredTo,
        @Schema(description = "Defaults to today (Europe/Oslo); not before the case was opened, not in the future", example = "2022-03-23", nullable = true)
        LocalDate closedOn) {
}
