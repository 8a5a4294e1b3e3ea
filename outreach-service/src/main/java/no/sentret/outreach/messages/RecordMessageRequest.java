package no.sentret.outreach.messages;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import no.sentret.outreach.common.Language;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordMessage", description = "Give clientCode or conversation (a pseudonym), not both.")
public record RecordMessageRequest(
        @Schema(required = true, example = "WHATSAPP") @NotNull Channel channel,
        @Schema(required = true, example = "INBOUND") @NotNull Direction direction,
        @Schema(description = "Defaults to now; must not be in the future", example = "2022-05-01T21:30:00+02:00", nullable = true)
        OffsetDateTime occurredAt,
        @Schema(description = "ISO 639 code of the language the conversation was held in", example = Language.EXAMPLE, nullable = true)
        @Pattern(regexp = Language.PATTERN, message = "must be an ISO 639 code (2-3 lower-case letters)") String language,
        @Schema(required = true, example = "[\"HEALTH\", \"VIOLENCE\"]") @NotNull @Size(min = 1, max = 8) List<@NotNull MessageTopic> topics,
        @Schema(description = "The client's code, when known", example = "K7M3QX", nullable = true)
        @Size(max = 12) @NoPersonalData String clientCode,
        @Schema(description = "A pseudonym the worker chooses for the conversation (never the client's name, number or handle)",
                example = "rosa-tuesday", nullable = true, maxLength = ConversationNames.MAX)
        @Size(min = 2, max = ConversationNames.MAX) @Pattern(regexp = ConversationNames.PATTERN, message = ConversationNames.RULE)
        @NoPersonalData String conversation) {
}
