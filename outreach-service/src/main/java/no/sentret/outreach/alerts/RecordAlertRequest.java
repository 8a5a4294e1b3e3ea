package no.sentret.outreach.alerts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.sentret.outreach.common.District;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordSafetyAlert", description = "A bad-date warning. Who records it is never stored.")
public record RecordAlertRequest(
        @Schema(required = true, example = "ROBBERY") @NotNull AlertCategory category,
        @Schema(required = true, example = "GRUNERLOKKA") @NotNull District district,
        @Schema(required = true, description = "The day it happened (Oslo); not in the future, at most a year ago", example = "2022-05-06")
        @NotNull LocalDate occurredOn,
        @Schema(description = "When in the day, if known", example = "NIGHT", nullable = true) PartOfDay partOfDay,
        @Schema(required = true, description = "How the perpetrator went about it (a car's colour and make are fine; a client's name, "
                + "number or address is refused)", example = "Grey estate car, offers extra pay, takes the money back with a knife", maxLength = 300)
        @NotBlank @Size(max = 300) @NoPersonalData String modusOperandi,
        @Schema(description = "More detail, if needed", example = "Picks up near the station late at night", maxLength = 500, nullable = true)
        @Size(max = 500) @NoPersonalData String description,
        @Schema(description = "Days the alert stays on the active list once published (default 30)", example = "30", minimum = "1",
                maximum = "90", nullable = true)
        @Min(1) @Max(365) Integer validDays) {
}
