package no.sentret.legal.shifts;

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
import java.util.UUID;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The shift register. The coordinator plans shifts and arranges substitutes; the lawyer on shift
 * (or the coordinator) records how the afternoon went.
 */
@Path("/legal-aid/shifts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal shifts", description = "The lawyer's weekly afternoons: planned, held, cancelled, or held with nobody coming")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ShiftResource {

    private static final String NOT_FOUND = "No shift has this id";
    private static final String UNKNOWN_LAWYER = "The lawyerId names no lawyer on the roster";

    @Schema(name = "LegalShiftPage")
    record Page(List<ShiftView> items, int page, int size, long total) {
    }

    private final ShiftService shifts;
    private final ShiftOutcomes outcomes;

    public ShiftResource(ShiftService shifts, ShiftOutcomes outcomes) {
        this.shifts = shifts;
        this.outcomes = outcomes;
    }

    @POST
    @RolesAllowed(Roles.LEGAL_COORDINATOR)
    @Operation(operationId = "planLegalShift", summary = "Plan one shift")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "Another shift that day overlaps it", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_LAWYER, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response plan(@NotNull @Valid PlanShiftRequest request) {
        ShiftView view = ShiftView.of(shifts.plan(request));
        return Response.created(URI.create("/legal-aid/shifts/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/term")
    @RolesAllowed(Roles.LEGAL_COORDINATOR)
    @Operation(operationId = "planLegalTerm", summary = "Plan a weekly shift for a whole term",
            description = "One shift on the weekday of every week from 'from' to 'to' (up to a year), except skipDates; the lawyers take "
                    + "turns week by week. All are planned, or none when one would overlap an existing shift.")
    @APIResponse(responseCode = "201", description = "The planned shifts, oldest first",
            content = @Content(schema = @Schema(implementation = ShiftView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "409", description = "A shift of the term overlaps an existing shift", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_LAWYER, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response planTerm(@NotNull @Valid PlanTermRequest request) {
        List<ShiftView> planned = shifts.planTerm(request).stream().map(ShiftView::of).toList();
        return Response.status(Response.Status.CREATED).entity(planned).build();
    }

    @GET
    @RolesAllowed({Roles.LEGAL_COORDINATOR, Roles.LAWYER})
    @Operation(operationId = "listLegalShifts", summary = "The shift register for a period", description = "By date, paged; optionally one status.")
    @APIResponse(responseCode = "200", description = "One page of shifts", content = @Content(schema = @Schema(implementation = Page.class)))
    public PageView<ShiftView> list(@BeanParam ShiftListParams params) {
        return shifts.list(params);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.LEGAL_COORDINATOR, Roles.LAWYER})
    @Operation(operationId = "getLegalShift", summary = "Read a shift")
    @APIResponse(responseCode = "200", description = "The shift", content = @Content(schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ShiftView get(@PathParam("id") UUID id) {
        return ShiftView.of(shifts.get(id));
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed({Roles.LAWYER, Roles.LEGAL_COORDINATOR})
    @Operation(operationId = "markLegalShiftHeld", summary = "The shift took place and someone came", description = "Publishes LegalShiftHeld.")
    @APIResponse(responseCode = "200", description = "The held shift", content = @Content(schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not planned any more, or its day has not come", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ShiftView held(@PathParam("id") UUID id) {
        return ShiftView.of(shifts.held(id));
    }

    @POST
    @Path("/{id}/nobody-came")
    @RolesAllowed({Roles.LAWYER, Roles.LEGAL_COORDINATOR})
    @Operation(operationId = "markLegalShiftNobodyCame", summary = "The lawyer was there, nobody came", description = "Publishes LegalShiftNobodyCame.")
    @APIResponse(responseCode = "200", description = "The shift, HELD_NOBODY_CAME", content = @Content(schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not planned any more, its day has not come, or inquiries are recorded on it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ShiftView nobodyCame(@PathParam("id") UUID id) {
        return ShiftView.of(shifts.nobodyCame(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.LAWYER, Roles.LEGAL_COORDINATOR})
    @Operation(operationId = "cancelLegalShift", summary = "Cancel a planned shift, with a reason from the list", description = "Publishes LegalShiftCancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled shift", content = @Content(schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not planned any more, or inquiries are recorded on it", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ShiftView cancel(@PathParam("id") UUID id, @NotNull @Valid CancelShiftRequest request) {
        return ShiftView.of(shifts.cancel(id, request.reason()));
    }

    @POST
    @Path("/{id}/substitute")
    @RolesAllowed(Roles.LEGAL_COORDINATOR)
    @Operation(operationId = "substituteLegalShift", summary = "Another lawyer (usually a substitute) takes a planned shift")
    @APIResponse(responseCode = "200", description = "The shift, now held by the substitute", content = @Content(schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not planned any more, or that lawyer already holds it", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_LAWYER, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ShiftView substitute(@PathParam("id") UUID id, @NotNull @Valid SubstituteRequest request) {
        return ShiftView.of(shifts.substitute(id, request.lawyerId()));
    }

    @POST
    @Path("/{id}/correct-outcome")
    @RolesAllowed({Roles.LAWYER, Roles.LEGAL_COORDINATOR})
    @Operation(operationId = "correctLegalShiftOutcome", summary = "Correct an outcome set by mistake, with a reason",
            description = "HELD, HELD_NOBODY_CAME or CANCELLED (with cancelReason). The outcome before is kept in the history; publishes the "
                    + "corrected outcome's event (LegalShiftHeld, LegalShiftNobodyCame or LegalShiftCancelled) with the shift's id and the next "
                    + "revision, which replaces the wrong outcome in the figures. The reason is never published.")
    @APIResponse(responseCode = "200", description = "The shift with its corrected outcome", content = @Content(schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Still planned, already this outcome, held or nobody-came before its day, or nobody-came / "
            + "cancelled while inquiries are recorded on it", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ShiftView correctOutcome(@PathParam("id") UUID id, @NotNull @Valid CorrectOutcomeRequest request) {
        return ShiftView.of(outcomes.correct(id, request));
    }

    @GET
    @Path("/{id}/outcomes")
    @RolesAllowed({Roles.LEGAL_COORDINATOR, Roles.LAWYER})
    @Operation(operationId = "listLegalShiftOutcomes", summary = "A shift's outcomes: the first and each correction, oldest first")
    @APIResponse(responseCode = "200", description = "The history (empty while planned)",
            content = @Content(schema = @Schema(implementation = OutcomeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<OutcomeView> outcomes(@PathParam("id") UUID id) {
        return outcomes.history(id).stream().map(OutcomeView::of).toList();
    }
}
