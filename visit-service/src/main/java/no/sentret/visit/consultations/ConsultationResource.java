package no.sentret.visit.consultations;

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
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.Roles;
import no.sentret.platform.records.VoidRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/social-consultations")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Social consultations", description = "Individual social-work consultations, emergency requests and follow-ups")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM,
        schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid enum", value = EXAMPLE_400)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ConsultationResource {

    /** The page type as the contract documents it (PageView is generic). */
    @Schema(name = "SocialConsultationPage")
    record Page(List<ConsultationView> items, int page, int size, long total) {
    }

    private final ConsultationService consultations;

    public ConsultationResource(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @POST
    @Operation(operationId = "recordSocialConsultation", summary = "Record a social-work consultation", description = "occurredAt (when it took place) defaults to now.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordConsultationRequest request) {
        ConsultationView view = ConsultationView.of(consultations.record(request));
        return Response.created(URI.create("/social-consultations/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listSocialConsultations", summary = "List consultations by period or client", description = "Give from and to, or clientCode, or both. Paged, oldest first.")
    @APIResponse(responseCode = "200", description = "One page of consultations", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageView<ConsultationView> list(@BeanParam ListParams params) {
        return consultations.list(params);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSocialConsultation", summary = "Read a consultation")
    @APIResponse(responseCode = "200", description = "The consultation", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "404", description = "No consultation has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ConsultationView get(@PathParam("id") UUID id) {
        return ConsultationView.of(consultations.get(id));
    }

    @POST
    @Path("/{id}/void")
    @Operation(operationId = "voidSocialConsultation", summary = "Void a consultation recorded by mistake", description = "It stays, marked void with the reason.")
    @APIResponse(responseCode = "200", description = "The voided consultation", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "404", description = "No consultation has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ConsultationView voidConsultation(@PathParam("id") UUID id, @NotNull @Valid VoidRequest request) {
        return ConsultationView.of(consultations.voidConsultation(id, request.reason()));
    }
}
