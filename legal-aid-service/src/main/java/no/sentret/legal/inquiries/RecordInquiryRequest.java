package no.sentret.legal.inquiries;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordLegalInquiry")
public record RecordInquiryRequest(
        @Schema(required = true, description = "The shift the inquiry was made on") @NotNull UUID shiftId,
        @Schema(description = "The client's code; absent or null = anonymous. A merged code is recorded as its surviving code.",
                example = "K7M3QX", nullable = true)
        @Size(max = 12) @NoPersonalData String clientCode,
        @Schema(description = "Defaults to now; must be on the shift's date and not in the future", example = "2022-03-09T14:30:00+01:00", nullable = true)
        OffsetDateTime occurredAt,
        @Schema(required = true, example = "[\"CRIMINAL\", \"IMMIGRATION\"]") @NotNull @Size(min = 1, max = 6) List<@NotNull LegalArea> areas,
        @Schema(description = "Required when areas include CRIMINAL, not allowed otherwise", example = "[\"SEXUAL_VIOLENCE\"]", nullable = true)
        @Size(max = 7) List<@NotNull CriminalSubArea> criminalSubAreas,
        @Schema(required = true, description = "Would the person not have sought a lawyer otherwise?", example = "YES")
        @NotNull WouldNotOtherwise wouldNotOtherwiseHaveSoughtLawyer) {
}
