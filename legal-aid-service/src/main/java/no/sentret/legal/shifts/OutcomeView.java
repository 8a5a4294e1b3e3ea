package no.sentret.legal.shifts;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalShiftOutcome", description = "One outcome of a shift, oldest first: the first as set, then each correction")
public record OutcomeView(
        @Schema(example = "2") int revision,
        @Schema(example = "HELD") ShiftStatus status,
        @Schema(nullable = true) CancelReason cancelReason,
        @Schema(nullable = true, description = "Why the outcome before it was wrong (null for the first)", example = "marked nobody-came by mistake")
        String reason,
        @Schema(nullable = true, description = "The token subject of who set it (null when set before the history was kept)") String changedBy,
        Instant changedAt) {

    static OutcomeView of(OutcomeChange c) {
        return new OutcomeView(c.revision, c.status, c.cancelReason, c.reason, c.changedBy, c.changedAt);
    }
}
