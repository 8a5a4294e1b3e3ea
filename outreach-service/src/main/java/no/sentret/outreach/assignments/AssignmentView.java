package no.sentret.outreach.assignments;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment")
public record AssignmentView(UUID id, Instant occurredAt, AssignmentKind kind, Audience audience, int participants,
                             boolean concernsYoungPeople, boolean voided,
                             @Schema(nullable = true) String voidReason) {

    static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.occurredAt, a.kind, a.audience, a.participants, a.concernsYoungPeople, a.isVoided(), a.voidReason);
    }
}
