package no.sentret.outreach.ads;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordAdCount")
public record RecordAdCountRequest(
        @Schema(required = true, description = "One of the team's sites (GET /outreach/ad-sites)", example = "annonsesiden.no") @NotBlank @Size(max = 60) @NoPersonalData String site,
        @Schema(required = true, description = "ISO week; not in the future", example = "2022-W18", pattern = IsoWeek.PATTERN) @NotBlank String week,
        @Schema(required = true, description = "individual ads counted", example = "665", minimum = "0", maximum = "1000000")
        @NotNull @Min(0) @Max(1_000_000) Integer count) {
}
