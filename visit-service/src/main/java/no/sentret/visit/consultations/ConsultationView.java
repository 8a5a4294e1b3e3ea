package no.sentret.visit.consultations;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SocialConsultation")
public record ConsultationView(
        UUID id,
        @Schema(example = "K7M3QX") String clientCode,
        @Schema(description = "When the consultation took place", example = "2022-05-01T11:00:00Z") Instant occurredAt,
        @Schema(deprecated = true, description = "The same moment under its old name; removed after 2027-06-01",
                example = "2022-05-01T11:00:00Z") Instant at,
        ConsultationKind kind,
        @Schema(example = "[\"HOUSING\"]") Set<Topic> topics,
        boolean voided,
        @Schema(nullable = true) String voidReason) {

    static ConsultationView of(SocialConsultation c) {
        return new ConsultationView(c.id, c.clientCode, c.occurredAt, c.occurredAt, c.kind, c.topics, c.isVoided(), c.voidReason);
    }
}
