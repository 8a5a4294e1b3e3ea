package no.sentret.health.consultations;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/health/consultations")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Health consultations", description = "Consultations with their services (STI tests, treatment, contraception, "
        + "counselling, PrEP, PEP, vaccination, referral). Clinicians only; every read is audit-logged.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM,
        schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid enum", value = EXAMPLE_400)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ConsultationResource {

    static final String EXAMPLE = """
            {"clientCode":"K7M3QX","occurredAt":"2022-05-01T13:00:00+02:00","professionalType":"NURSE",
             "services":[
               {"category":"STI_TEST","infection":"CHLAMYDIA","sampleSites":["URINE","THROAT"]},
               {"category":"STI_TEST","infection":"HIV","sampleSites":["BLOOD"]},
               {"category":"COUNSELLING","topics":["SAFER_SEX","HIV_PREVENTION"]},
               {"category":"PREP","prepStage":"START","regimen":"DAILY"},
               {"category":"VACCINATION","vaccine":"MPOX","dose":1}]}""";

    /** The page type as the contract documents it (PageView is generic). */
    @Schema(name = "HealthConsultationPage")
    record Page(List<ConsultationView> items, int page, int size, long total) {
    }

    private final ConsultationService consultations;

    public ConsultationResource(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @POST
    @Operation(operationId = "recordHealthConsultation", summary = "Record a consultation and the services given",
            description = "occurredAt defaults to now. The clinician is the token's subject. A merged client code is recorded under "
                    + "its survivor. Publishes one HealthServiceRecorded per service (category only).")
    @RequestBody(content = @Content(schema = @Schema(implementation = RecordConsultationRequest.class),
            examples = @ExampleObject(name = "tests, counselling, PrEP start, mpox dose 1", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordConsultationRequest request) {
        ConsultationView view = consultations.record(request);
        return Response.created(URI.create("/health/consultations/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listHealthConsultations", summary = "List consultations by period or client",
            description = "Give from and to, or clientCode, or both. Paged, oldest first. Audited (the query is logged).")
    @APIResponse(responseCode = "200", description = "One page of consultations", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageView<ConsultationView> list(@BeanParam ListParams params) {
        return consultations.list(params);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHealthConsultation", summary = "Read a consultation", description = "Audited.")
    @APIResponse(responseCode = "200", description = "The consultation", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "404", description = "No consultation has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ConsultationView get(@PathParam("id") UUID id) {
        return consultations.get(id);
    }

    @POST
    @Path("/{id}/void")
    @Operation(operationId = "voidHealthConsultation", summary = "Void a consultation recorded by mistake",
            description = "It stays, marked void with the reason, and so does every service in it (one HealthServiceVoided each).")
    @APIResponse(responseCode = "200", description = "The voided consultation", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "404", description = "No consultation has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ConsultationView voidConsultation(@PathParam("id") UUID id, @NotNull @Valid VoidRequest request) {
        return consultations.voidConsultation(id, request.reason());
    }

    @POST
    @Path("/{id}/services/{lineId}/void")
    @Operation(operationId = "voidHealthService", summary = "Void one service of a consultation",
            description = "The line stays, marked void with the reason; publishes HealthServiceVoided with the line's id.")
    @APIResponse(responseCode = "200", description = "The consultation", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "404", description = "No consultation, or no service of it, has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The service or its consultation is already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ConsultationView voidService(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId, @NotNull @Valid VoidRequest request) {
        return consultations.voidLine(id, lineId, request.reason());
    }
}
