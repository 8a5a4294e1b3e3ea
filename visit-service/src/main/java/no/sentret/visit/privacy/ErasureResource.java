package no.sentret.visit.privacy;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.sentret.platform.privacy.subject.ClientErased;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The privacy officer erases a client: here at once, in every other service from the ClientErased event. */
@Path("/clients/{code}/erase")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests", description = "The privacy officer's export and erasure of what is held under a client code. Admin only; audited.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ErasureResource {

    private final ErasureService erasures;

    public ErasureResource(ErasureService erasures) {
        this.erasures = erasures;
    }

    @POST
    @Operation(operationId = "eraseClient", summary = "Erase a client (admin)",
            description = "Deletes the client, its social consultations and flags, unlinks its Stua visits (they stay as anonymous "
                    + "visits), for the code and every code merged into it, and publishes ClientErased: health, legal aid and "
                    + "outreach delete what they hold under those codes; the statistics recount open periods and leave closed years as they are.")
    @APIResponse(responseCode = "200", description = "What was erased (the ClientErased payload)", content = @Content(schema = @Schema(implementation = ClientErased.class)))
    @APIResponse(responseCode = "404", description = "No client has this code", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ClientErased erase(@Parameter(example = "K7M3QX") @PathParam("code") String code) {
        return erasures.erase(code);
    }
}
