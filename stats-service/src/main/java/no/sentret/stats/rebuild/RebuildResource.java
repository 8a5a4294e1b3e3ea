package no.sentret.stats.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.sentret.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations: replay every topic into fresh tables and switch over when caught up. */
@Path("/stats/rebuild")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics (admin)", description = "rebuild from the event streams; role admin")
@APIResponse(responseCode = "401", description = "no or invalid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the token lacks the role", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class RebuildResource {

    private final Rebuild rebuild;

    public RebuildResource(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Operation(operationId = "startRebuild", summary = "Rebuild the figures from the beginning of every topic",
            description = "Starts the replay into the next generation; the figures keep coming from the active one "
                    + "until the replay has caught up, then switch over atomically. Poll GET /stats/rebuild.")
    @APIResponse(responseCode = "202", description = "the rebuild started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "409", description = "a rebuild is already running", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response start() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Operation(operationId = "rebuildStatus", summary = "The active generation and the rebuild in progress, if any")
    @APIResponse(responseCode = "200", description = "the state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildStatus.class)))
    public RebuildStatus status() {
        return rebuild.status();
    }
}
