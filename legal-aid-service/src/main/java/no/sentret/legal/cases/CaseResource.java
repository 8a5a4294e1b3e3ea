package no.sentret.legal.cases;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.Roles;
import no.sentret.platform.records.VoidRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lawyers open, follow up and close cases; the coordinator reads the case register (without notes). Every read is audit-logged. */
@Path("/legal-aid/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal cases", description = "Cases opened from inquiries: resolved on site or referred on (special-category data; reads are audit-logged)")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN + " (a lawyer must be on the roster to record)",
        content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class CaseResource {

    private static final String NOT_FOUND = "No case has this id";

    @Schema(name = "LegalCasePage")
    record Page(List<CaseView> items, int page, int size, long total) {
    }

    private final CaseService cases;

    public CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @POST
    @RolesAllowed(Roles.LAWYER)
    @Operation(operationId = "openLegalCase", summary = "Open a case from an inquiry", description = "Publishes LegalCaseOpened (area, sub-area; never the note).")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The inquiry is voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The inquiryId names no inquiry", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response open(@NotNull @Valid OpenCaseRequest request) {
        CaseView view = cases.open(request);
        return Response.created(URI.create("/legal-aid/cases/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.LAWYER, Roles.LEGAL_COORDINATOR})
    @Operation(operationId = "listLegalCases", summary = "The case register by opening date or client",
            description = "Give from and to (the opening date), or clientCode, or both; optionally one status. Paged. Every case listed is an audited read.")
    @APIResponse(responseCode = "200", description = "One page of cases", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "422", description = "The clientCode names no client", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageView<CaseView> list(@BeanParam ListParams params,
            @Parameter(description = "Only cases with this status", schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status) {
        return cases.list(params, status);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.LAWYER, Roles.LEGAL_COORDINATOR})
    @Operation(operationId = "getLegalCase", summary = "Read a case (audited)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.LAWYER)
    @Operation(operationId = "closeLegalCase", summary = "Close a case: resolved on site, or referred on", description = "Publishes LegalCaseClosed (area, outcome).")
    @APIResponse(responseCode = "200", description = "The closed case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already closed, or voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CaseView close(@PathParam("id") UUID id, @NotNull @Valid CloseCaseRequest request) {
        return cases.close(id, request);
    }

    @POST
    @Path("/{id}/meetings")
    @RolesAllowed(Roles.LAWYER)
    @Operation(operationId = "recordLegalCaseMeeting", summary = "Record a follow-up meeting on a later shift")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is closed or voided, or the shift was cancelled or marked nobody-came",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The shiftId names no shift", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response recordMeeting(@PathParam("id") UUID id, @NotNull @Valid RecordMeetingRequest request) {
        MeetingView view = cases.recordMeeting(id, request);
        return Response.created(URI.create("/legal-aid/cases/" + id + "/meetings")).entity(view).build();
    }

    @GET
    @Path("/{id}/meetings")
    @RolesAllowed({Roles.LAWYER, Roles.LEGAL_COORDINATOR})
    @Operation(operationId = "listLegalCaseMeetings", summary = "A case's follow-up meetings (an audited read of the case)")
    @APIResponse(responseCode = "200", description = "The meetings, oldest first", content = @Content(schema = @Schema(implementation = MeetingView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<MeetingView> meetings(@PathParam("id") UUID id) {
        return cases.meetings(id);
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed(Roles.LAWYER)
    @Operation(operationId = "voidLegalCase", summary = "Void a case opened by mistake",
            description = "It stays, marked void with the reason. Publishes LegalCaseVoided (without the reason).")
    @APIResponse(responseCode = "200", description = "The voided case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CaseView voidCase(@PathParam("id") UUID id, @NotNull @Valid VoidRequest request) {
        return cases.voidCase(id, request.reason());
    }
}
