package no.sentret.outreach.shifts;

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

@Path("/outreach/street-shifts")
@RolesAllowed(Roles.OUTREACH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Street shifts", description = "Street outreach (Friday nights): district, workers, contacts, hand-outs")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class StreetShiftResource {

    private final StreetShiftService shifts;

    public StreetShiftResource(StreetShiftService shifts) {
        this.shifts = shifts;
    }

    @POST
    @Operation(operationId = "recordStreetShift", summary = "Record a street shift", description = "Publishes StreetShiftHeld (counts only).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = StreetShiftView.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordStreetShiftRequest request) {
        StreetShiftView view = shifts.record(request);
        return Response.created(URI.create("/outreach/street-shifts/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listStreetShifts", summary = "List the street shifts of a period", description = "Oldest first; a period is at most a year.")
    @APIResponse(responseCode = "200", description = "The shifts", content = @Content(schema = @Schema(implementation = StreetShiftView[].class)))
    public List<StreetShiftView> list(@BeanParam PeriodParams params) {
        return shifts.list(params);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStreetShift", summary = "Read a street shift")
    @APIResponse(responseCode = "200", description = "The shift", content = @Content(schema = @Schema(implementation = StreetShiftView.class)))
    @APIResponse(responseCode = "404", description = "No street shift has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public StreetShiftView get(@Parameter(description = "The record's id (a UUID; anything else is a 400 naming id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return shifts.get(Ids.uuid(id, "id"));
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed(Roles.OUTREACH)
    @Operation(operationId = "voidStreetShift", summary = "Void a street shift recorded by mistake",
            description = "It stays, marked void with the reason; StreetShiftVoided cancels its counts and an OutreachContactVoided each named contact.")
    @APIResponse(responseCode = "200", description = "The voided street shift", content = @Content(schema = @Schema(implementation = StreetShiftView.class)))
    @APIResponse(responseCode = "404", description = "No street shift has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public StreetShiftView voidShift(@Parameter(description = "The record's id (a UUID; anything else is a 400 naming id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                         @NotNull @Valid VoidRequest request) {
        return shifts.voidShift(Ids.uuid(id, "id"), request.reason());
    }
}
