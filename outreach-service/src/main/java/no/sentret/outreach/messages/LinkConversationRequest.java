package no.sentret.outreach.messages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LinkConversation")
public record LinkConversationRequest(
        @Schema(required = true, example = "K7M3QX") @NotBlank @Size(max = 12) @NoPersonalData String clientCode) {
}
