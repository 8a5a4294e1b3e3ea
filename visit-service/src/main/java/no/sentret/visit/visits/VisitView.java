package no.sentret.visit.visits;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Visit")
public record VisitView(
        UUID id,
        @Schema(nullable = true, example = "K7M3QX") String clientCode,
        @Schema(description = "When the client arrived", example = "2022-05-01T08:15:00Z") Instant occurredAt,
        @Schema(deprecated = true, description = "The same moment under its old name; removed after 2027-06-01",
                example = "2022-05-01T08:15:00Z") Instant arrivedAt,
        @Schema(example = "[\"CONVERSATION\", \"MEAL\"]") Set<Activity> activities,
        @Schema(example = "false") boolean voided,
        @Schema(nullable = true) String voidReason) {

    static VisitView of(Visit v) {
        return new VisitView(v.id, v.clientCode, v.occurredAt, v.occurredAt, v.activities, v.isVoided(), v.voidReason);
    }
}
