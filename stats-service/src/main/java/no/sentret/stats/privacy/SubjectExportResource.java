package no.sentret.stats.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.sentret.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A data subject's access request, stats' part (the gateway assembles every service's into one document at
 * {@code /api/privacy/clients/{clientCode}/export}): the rows held under the code and the codes merged into it.
 * Admin (the privacy officer) only; the read is audited. An unknown code is an empty part, as everywhere.
 */
@Path("/stats/clients/{code}/export")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests", description = "The privacy officer's export of what is held under a client code. Admin only; audited.")
@APIResponse(responseCode = "400", description = "not a client code (the problem's errors[0].field is clientCode)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no or invalid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the token lacks the role", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class SubjectExportResource {

    private final ClientExport export;

    public SubjectExportResource(ClientExport export) {
        this.export = export;
    }

    @GET
    @Operation(operationId = "exportStatsClient", summary = "Export what is held under a client code",
            description = "The client row (attributes, first registered, the first and last seen kept from frozen years), the aliases "
                    + "(merges), and the service events of open years (source, id, area, time and Oslo date), as stored, in the active "
                    + "generation. Frozen years hold no code. The read is audited (resource client-export).")
    @APIResponse(responseCode = "200", description = "This service's section of the export", content = @Content(schema = @Schema(implementation = SubjectSection.class)))
    public SubjectSection export(@PathParam("code") String clientCode) {
        return export.export(clientCode);
    }
}
