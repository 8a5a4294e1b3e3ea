package no.sentret.legal.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenLegalCase")
public record OpenCaseRequest(
        @Schema(required = true, description = "The inquiry the case comes from") @NotNull UUID inquiryId,
        @Schema(required = true, example = "CRIMINAL") @NotNull LegalArea area,
        @Schema(description = "Required for CRIMINAL, not allowed otherwise", example = "SEXUAL_VIOLENCE", nullable = true) CriminalSubArea subArea,
        @Schema(description = "One short note; no personal data", example = "report to the police discussed", maxLength = 200, nullable = true)
        @Size(max = 200) @NoPersonalData String note) {
}
