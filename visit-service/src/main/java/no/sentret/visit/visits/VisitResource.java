package no.sentret.visit.visits;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.EXAMPLE_400;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.TOO_LARGE;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;
import static no.sentret.platform.records.ProblemDocs.UNKNOWN_CLIENT;

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
import java.util.UUID;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.TodayParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.Period;
import no.sentret.platform.records.Roles;
import no.sentret.platform.records.VoidRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/visits")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Visits", description = "Stua (drop-in lounge) visits, named or anonymous")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM,
        schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid enum", value = EXAMPLE_400)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class VisitResource {

    /** The page type as the contract documents it (PageView is generic). */
    @Schema(name = "VisitPage")
    record Page(List<VisitView> items, int page, int size, long total) {
    }

    private final VisitService visits;

    public VisitResource(VisitService visits) {
        this.visits = visits;
    }

    @POST
    @Operation(operationId = "recordVisit", summary = "Record a Stua visit", description = "Without clientCode the visit is anonymous. occurredAt (when the client arrived) defaults to now.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordVisitRequest request) {
        VisitView view = VisitView.of(visits.record(request));
        return Response.created(URI.create("/visits/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listVisits", summary = "List visits in a period", description = "Oldest first, paged; voided visits only with includeVoided=true.")
    @APIResponse(responseCode = "200", description = "One page of visits", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageView<VisitView> list(@BeanParam ListParams params) {
        return visits.list(params.period(), params);
    }

    @GET
    @Path("/today")
    @Operation(operationId = "listTodaysVisits", summary = "Today's visits for the front desk", description = "Today is the Europe/Oslo calendar day.")
    @APIResponse(responseCode = "200", description = "One page of today's visits", content = @Content(schema = @Schema(implementation = Page.class)))
    public PageView<VisitView> today(@BeanParam TodayParams params) {
        return visits.list(Period.today(), params);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVisit", summary = "Read a visit", description = "Voided visits too, marked void with the reason.")
    @APIResponse(responseCode = "200", description = "The visit", content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "404", description = "No visit has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public VisitView get(@PathParam("id") UUID id) {
        return VisitView.of(visits.get(id));
    }

    @POST
    @Path("/{id}/void")
    @Operation(operationId = "voidVisit", summary = "Void a visit recorded by mistake", description = "The visit stays, marked void with the reason; it is never deleted.")
    @APIResponse(responseCode = "200", description = "The voided visit", content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "404", description = "No visit has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public VisitView voidVisit(@PathParam("id") UUID id, @NotNull @Valid VoidRequest request) {
        return VisitView.of(visits.voidVisit(id, request.reason()));
    }
}
