package no.sentret.legal.inquiries;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.EXAMPLE_400;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inquiries are the lawyer's alone: recorded and read by lawyers, every read audit-logged. */
@Path("/legal-aid/inquiries")
@RolesAllowed(Roles.LAWYER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal inquiries", description = "Questions put to the lawyer on a shift, by area of law (special-category data; reads are audit-logged)")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM,
        schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid enum", value = EXAMPLE_400)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN + " (a lawyer must be on the roster to record)",
        content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class InquiryResource {

    private static final String NOT_FOUND = "No inquiry has this id";

    @Schema(name = "LegalInquiryPage")
    record Page(List<InquiryView> items, int page, int size, long total) {
    }

    private final InquiryService inquiries;

    public InquiryResource(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @POST
    @Operation(operationId = "recordLegalInquiry", summary = "Record an inquiry made on a shift",
            description = "Anonymous without clientCode; a merged code is recorded as its survivor. Publishes LegalInquiryRecorded.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(responseCode = "409", description = "The shift was cancelled or marked nobody-came", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The clientCode names no client, or the shiftId no shift",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordInquiryRequest request) {
        InquiryView view = InquiryView.of(inquiries.record(request));
        return Response.created(URI.create("/legal-aid/inquiries/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listLegalInquiries", summary = "List inquiries by period, client or shift",
            description = "Give from and to, or clientCode (with or without a period), or shiftId alone. Paged, oldest first. Every inquiry listed is an audited read.")
    @APIResponse(responseCode = "200", description = "One page of inquiries", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "422", description = "The clientCode names no client", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageView<InquiryView> list(@BeanParam ListParams params,
            @Parameter(description = "Only the inquiries of this shift", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("shiftId") String shiftId) {
        return inquiries.list(params, shiftId);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLegalInquiry", summary = "Read an inquiry (audited)")
    @APIResponse(responseCode = "200", description = "The inquiry", content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public InquiryView get(@PathParam("id") UUID id) {
        return InquiryView.of(inquiries.get(id));
    }

    @POST
    @Path("/{id}/void")
    @Operation(operationId = "voidLegalInquiry", summary = "Void an inquiry recorded by mistake",
            description = "It stays, marked void with the reason; its cases must be voided first. Publishes LegalInquiryVoided (without the reason).")
    @APIResponse(responseCode = "200", description = "The voided inquiry", content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided, or it has cases that are not", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public InquiryView voidInquiry(@PathParam("id") UUID id, @NotNull @Valid VoidRequest request) {
        return InquiryView.of(inquiries.voidInquiry(id, request.reason()));
    }
}
