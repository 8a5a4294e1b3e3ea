package no.sentret.stats.rebuild;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of the statistics generations")
public record RebuildStatus(
        @Schema(description = "the generation the figures are read from", example = "2") int activeGeneration,
        @Schema(nullable = true, description = "the generation being replayed, or null", example = "3") Integer rebuildingGeneration,
        @Schema(description = "events replayed so far by the running (or last) rebuild", example = "1000000") long replayedEvents,
        @Schema(nullable = true, description = "when the last rebuild switched over") Instant rebuiltAt,
        @Schema(description = "IDLE (none running; the last one, if any, switched over), RUNNING, or FAILED (the last one "
                + "stopped without switching over; the active generation is untouched and a new rebuild may start)") RebuildState state,
        @Schema(nullable = true, description = "why the last rebuild failed (one line, no event values), or null") String failure,
        @Schema(nullable = true, description = "when the last rebuild failed, or null") Instant failedAt) {
}
