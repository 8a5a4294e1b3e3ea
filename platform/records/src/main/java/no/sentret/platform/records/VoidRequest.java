package no.sentret.platform.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a record made by mistake is voided; records are never deleted. */
public record VoidRequest(
        @Schema(description = "Why the record is void. No personal data.", example = "registered twice by mistake", maxLength = 500)
        @NotBlank @Size(max = 500) @NoPersonalData String reason) {
}
