package no.sentret.visit.clients;

import no.sentret.platform.records.ClientCodes;
import no.sentret.platform.records.AgeGroup;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new registration. There is deliberately no field for a name, contact detail or national ID. */
@Schema(name = "RegisterClient")
public record RegisterClientRequest(
        @Schema(description = "A code the client chose, when free and valid (4-12 of " + ClientCodes.ALPHABET
                + ", case-insensitive). Omit to have one issued.", example = "K7M3QX", nullable = true)
        @Size(max = 12) @NoPersonalData String code,
        @Schema(required = true, example = "WOMAN") @NotNull Gender gender,
        @Schema(description = "ISO 3166 alpha-2; null = unknown", example = "ES", nullable = true)
        @Size(max = 2) @NoPersonalData String nationality,
        @Schema(description = "null = not stated; UNDER_18 is accepted and flagged as minor",
                example = "26-30", nullable = true)
        AgeGroup ageGroup,
        @Schema(example = "LATIN_AMERICA", nullable = true) RegionOfOrigin regionOfOrigin,
        @Schema(description = "ISO 639-1", example = "es", nullable = true)
        @Size(max = 2) @NoPersonalData String preferredLanguage,
        @Schema(description = "Oslo date; defaults to today. An earlier date (importing older records) needs the admin role.",
                example = "2022-05-01", nullable = true)
        LocalDate firstRegisteredOn) {
}
