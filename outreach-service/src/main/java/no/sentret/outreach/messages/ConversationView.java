package no.sentret.outreach.messages;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Conversation")
public record ConversationView(
        @Schema(example = "rosa-tuesday") String pseudonym,
        @Schema(example = "K7M3QX") String clientCode,
        Instant linkedAt,
        @Schema(description = "messages that now count for the client") int messagesLinked) {
}
