package no.sentret.legal.lawyers;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/legal-aid/lawyers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lawyers", description = "The roster of regular and substitute lawyers, by token subject")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class LawyerResource {

    private final Roster roster;
    private final Leaving leaving;

    public LawyerResource(Roster roster, Leaving leaving) {
        this.roster = roster;
        this.leaving = leaving;
    }

    @POST
    @RolesAllowed(Roles.LEGAL_COORDINATOR)
    @Operation(operationId = "registerLawyer", summary = "Put a lawyer on the roster",
            description = "By the token subject the identity provider gives the lawyer; regular or substitute.")
    @APIResponse(responseCode = "201", description = "On the roster", content = @Content(schema = @Schema(implementation = LawyerView.class)))
    @APIResponse(responseCode = "409", description = "The subject is already on the roster", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid RegisterLawyerRequest request) {
        LawyerView view = LawyerView.of(roster.register(request));
        return Response.created(URI.create("/legal-aid/lawyers/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.LEGAL_COORDINATOR, Roles.LAWYER})
    @Operation(operationId = "listLawyers", summary = "The lawyer roster")
    @APIResponse(responseCode = "200", description = "Every lawyer on the roster", content = @Content(schema = @Schema(implementation = LawyerView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<LawyerView> list() {
        return roster.all().stream().map(LawyerView::of).toList();
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.LAWYER)
    @Operation(operationId = "myLawyerEntry", summary = "The caller's own roster entry")
    @APIResponse(responseCode = "200", description = "The caller on the roster", content = @Content(schema = @Schema(implementation = LawyerView.class)))
    public LawyerView me() {
        return LawyerView.of(roster.me());
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed(Roles.LEGAL_COORDINATOR)
    @Operation(operationId = "removeLawyerFromRoster", summary = "A lawyer leaves the roster (the entry and its history stay)",
            description = "The lawyer can no longer be planned, take a shift or record. The planned shifts they hold from today on go to "
                    + "reassignTo in the same step; without reassignTo the leave is refused while there are any.")
    @APIResponse(responseCode = "200", description = "The entry, no longer active", content = @Content(schema = @Schema(implementation = LawyerView.class)))
    @APIResponse(responseCode = "404", description = "No lawyer on the roster has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already left, or planned shifts ahead and no reassignTo", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "reassignTo names no active lawyer on the roster", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public LawyerView leave(@PathParam("id") UUID id, @NotNull @Valid LeaveRosterRequest request) {
        return LawyerView.of(leaving.leave(id, request));
    }
}
