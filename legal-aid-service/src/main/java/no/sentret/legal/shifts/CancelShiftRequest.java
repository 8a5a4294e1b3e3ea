package no.sentret.legal.shifts;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelLegalShift")
public record CancelShiftRequest(@Schema(required = true, example = "LAWYER_ILL") @NotNull CancelReason reason) {
}
