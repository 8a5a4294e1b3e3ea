package no.sentret.health.invitations;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;
import static no.sentret.platform.records.ProblemDocs.UNKNOWN_CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.sentret.health.invitations.InvitationService.InvitationList;
import no.sentret.health.invitations.InvitationService.InvitationRequest;
import no.sentret.health.invitations.InvitationService.InvitationView;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/health/invitations")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Health team invitations", description = "The neutral front-desk flag: visit-service shows staff only \"please ask to see "
        + "the health team\". Its events carry the client code and nothing else.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class InvitationResource {

    private final InvitationService invitations;

    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @Operation(operationId = "requestHealthTeamInvitation", summary = "Ask the front desk to invite a client to see the health team",
            description = "Publishes HealthTeamInvitationRequested (client code only). A merged code is flagged under its survivor.")
    @APIResponse(responseCode = "201", description = "Flagged", content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", description = "The client is already flagged", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response request(@NotNull @Valid InvitationRequest request) {
        return Response.status(Response.Status.CREATED).entity(invitations.request(request)).build();
    }

    @GET
    @Operation(operationId = "listHealthTeamInvitations", summary = "The standing invitations", description = "Audited.")
    @APIResponse(responseCode = "200", description = "The standing invitations", content = @Content(schema = @Schema(implementation = InvitationList.class)))
    public InvitationList list() {
        return invitations.standingList();
    }

    @POST
    @Path("/{clientCode}/clear")
    @Operation(operationId = "clearHealthTeamInvitation", summary = "Clear a client's invitation",
            description = "Publishes HealthTeamInvitationCleared (client code only).")
    @APIResponse(responseCode = "200", description = "Cleared", content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "The client has no standing invitation", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public InvitationView clear(@PathParam("clientCode") String clientCode) {
        return invitations.clear(clientCode);
    }
}
