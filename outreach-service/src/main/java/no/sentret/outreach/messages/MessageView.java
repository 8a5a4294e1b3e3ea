package no.sentret.outreach.messages;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutreachMessage")
public record MessageView(
        UUID id,
        Channel channel,
        Direction direction,
        @Schema(example = "2022-05-01T19:30:00Z") Instant occurredAt,
        @Schema(example = "es", nullable = true) String language,
        @Schema(example = "[\"HEALTH\"]") Set<MessageTopic> topics,
        @Schema(example = "K7M3QX", nullable = true, description = "the client code, also when set by linking the conversation") String clientCode,
        @Schema(example = "rosa-tuesday", nullable = true) String conversation,
        boolean voided,
        @Schema(nullable = true) String voidReason) {

    static MessageView of(OutreachMessage m) {
        return new MessageView(m.id, m.channel, m.direction, m.occurredAt, m.language, m.topics, m.clientCode, m.conversation,
                m.isVoided(), m.voidReason);
    }
}
