package no.sentret.outreach.assignments;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.TOO_LARGE;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import no.sentret.platform.records.PeriodParams;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import no.sentret.platform.records.VoidRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import no.sentret.outreach.common.Ids;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/outreach/assignments")
@RolesAllowed(Roles.OUTREACH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "The competence centre: lectures, courses, school classes, guidance in individual cases, publications")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class AssignmentResource {

    private final AssignmentService assignments;

    public AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @POST
    @Operation(operationId = "recordAssignment", summary = "Record a competence-centre assignment", description = "Publishes AssignmentHeld.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordAssignmentRequest request) {
        AssignmentView view = assignments.record(request);
        return Response.created(URI.create("/outreach/assignments/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listAssignments", summary = "List the assignments of a period", description = "Oldest first; a period is at most a year.")
    @APIResponse(responseCode = "200", description = "The assignments", content = @Content(schema = @Schema(implementation = AssignmentView[].class)))
    public List<AssignmentView> list(@BeanParam PeriodParams params) {
        return assignments.list(params);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssignment", summary = "Read an assignment")
    @APIResponse(responseCode = "200", description = "The assignment", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No assignment has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AssignmentView get(@Parameter(description = "The record's id (a UUID; anything else is a 400 naming id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return assignments.get(Ids.uuid(id, "id"));
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed(Roles.OUTREACH)
    @Operation(operationId = "voidAssignment", summary = "Void an assignment recorded by mistake",
            description = "It stays, marked void with the reason; AssignmentVoided cancels it in the statistics.")
    @APIResponse(responseCode = "200", description = "The voided assignment", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No assignment has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AssignmentView voidAssignment(@Parameter(description = "The record's id (a UUID; anything else is a 400 naming id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                         @NotNull @Valid VoidRequest request) {
        return assignments.voidAssignment(Ids.uuid(id, "id"), request.reason());
    }
}
