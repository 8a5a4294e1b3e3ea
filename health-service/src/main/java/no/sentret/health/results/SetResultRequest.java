package no.sentret.health.results;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import no.sentret.health.consultations.TestResult;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result as it now stands. A change to a result or told-time already set is a correction and needs a reason. */
@Schema(name = "SetTestResult")
public record SetResultRequest(
        @Schema(required = true, example = "NEGATIVE", description = "NEGATIVE, POSITIVE or INCONCLUSIVE") @NotNull TestResult result,
        @Schema(nullable = true, example = "2022-05-09T10:30:00+02:00",
                description = "When the client was told; absent = not told yet. Not in the future, not before the test.")
        OffsetDateTime toldAt,
        @Schema(nullable = true, maxLength = 500, example = "laboratory corrected its report",
                description = "Required to correct a result or told-time already set. No personal data.")
        @Size(max = 500) @NoPersonalData String reason) {
}
