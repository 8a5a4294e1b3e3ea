package no.sentret.visit.visits;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordVisit")
public record RecordVisitRequest(
        @Schema(description = "The client's code; omit for an anonymous visit (counts as a visit, not as a user)",
                example = "K7M3QX", nullable = true)
        @Size(max = 12) @NoPersonalData String clientCode,
        @Schema(description = "When the client arrived. Defaults to now; must not be in the future " + "(`arrivedAt`, its name until 2026-11, is still accepted until 2027-06-01)",
                example = "2022-05-01T10:15:00+02:00", nullable = true)
        @JsonAlias("arrivedAt") OffsetDateTime occurredAt,
        @Schema(required = true, example = "[\"CONVERSATION\", \"MEAL\"]")
        @NotNull @Size(min = 1, max = 7) List<@NotNull Activity> activities) {
}
