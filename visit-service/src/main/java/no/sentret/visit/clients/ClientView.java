package no.sentret.visit.clients;

import no.sentret.platform.records.AgeGroup;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as the API returns it; {@code minor} flags the under-18 age group for the front desk. */
@Schema(name = "Client")
public record ClientView(
        @Schema(example = "K7M3QX") String code,
        @Schema(example = "WOMAN") Gender gender,
        @Schema(example = "ES", nullable = true) String nationality,
        @Schema(example = "26-30", nullable = true)
        AgeGroup ageGroup,
        @Schema(example = "LATIN_AMERICA", nullable = true) RegionOfOrigin regionOfOrigin,
        @Schema(example = "es", nullable = true) String preferredLanguage,
        @Schema(example = "2022-05-01") LocalDate firstRegisteredOn,
        @Schema(description = "true when the age group is UNDER_18", example = "false") boolean minor,
        @Schema(description = "true when the health team asked the front desk to invite the client to see them "
                + "(say only: please ask to see the health team)", example = "false") boolean askToSeeHealthTeam) {

    static ClientView of(Client c) {
        return new ClientView(c.code, c.gender, c.nationality, c.ageGroup, c.regionOfOrigin, c.preferredLanguage,
                c.firstRegisteredOn, c.ageGroup != null && c.ageGroup.isMinor(), c.askToSeeHealthTeam);
    }
}
