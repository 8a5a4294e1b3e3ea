package no.sentret.visit.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code that survives a merge; the code in the path is the duplicate that is retired. */
@Schema(name = "MergeClients")
public record MergeRequest(
        @Schema(required = true, example = "K7M3QX") @NotBlank @Size(max = 12) @NoPersonalData String survivingCode) {
}
