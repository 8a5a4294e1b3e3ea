package no.sentret.legal.cases;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalCaseMeeting")
public record MeetingView(UUID id, UUID caseId, UUID shiftId, @Schema(example = "2022-03-16T13:30:00Z") Instant occurredAt, UUID recordedBy) {

    static MeetingView of(CaseMeeting m) {
        return new MeetingView(m.id, m.caseId, m.shiftId, m.occurredAt, m.recordedBy);
    }
}
