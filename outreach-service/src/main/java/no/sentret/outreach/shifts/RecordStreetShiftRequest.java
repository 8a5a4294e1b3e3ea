package no.sentret.outreach.shifts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import no.sentret.outreach.common.District;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordStreetShift")
public record RecordStreetShiftRequest(
        @Schema(required = true, description = "When the shift started; not in the future", example = "2022-05-06T22:00:00+02:00")
        OffsetDateTime occurredAt,
        @Schema(required = true, description = "When it ended: after the start, at most 24 hours later", example = "2022-05-07T02:00:00+02:00")
        OffsetDateTime endedAt,
        @Schema(required = true, example = "SENTRUM") @NotNull District district,
        @Schema(required = true, example = "2", minimum = "1", maximum = "50") @NotNull @Min(1) @Max(50) Integer workers,
        @Schema(required = true, description = "people spoken to (a count)", example = "14", minimum = "0", maximum = "10000")
        @NotNull @Min(0) @Max(10_000) Integer contacts,
        @Schema(required = true, description = "one entry per kind (and language, for leaflets)")
        @NotNull @Size(max = 20) List<@NotNull @Valid HandOut> handOuts,
        @Schema(description = "Client codes of contacts who gave one (optional, at most contacts, each once); a merged code is stored as "
                + "its survivor, an unknown one is a 422 naming clientCodes[i]. Each counts for its client in the statistics.",
                example = "[\"K7M3QX\"]", nullable = true)
        @Size(max = 100) List<@NotNull String> clientCodes) {
}
