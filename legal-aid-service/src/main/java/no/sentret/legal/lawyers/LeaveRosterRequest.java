package no.sentret.legal.lawyers;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeaveLegalRoster", description = "Who takes the leaving lawyer's planned shifts from today on, if they hold any")
public record LeaveRosterRequest(
        @Schema(nullable = true, description = "A lawyer on the roster who takes every planned shift from today on that the leaving lawyer holds; "
                + "required when there are such shifts") UUID reassignTo) {
}
