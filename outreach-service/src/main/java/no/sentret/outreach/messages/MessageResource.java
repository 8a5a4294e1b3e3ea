package no.sentret.outreach.messages;

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
import no.sentret.outreach.common.ApiDocs;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.Roles;
import no.sentret.platform.records.VoidRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import no.sentret.outreach.common.Ids;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/outreach/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "WhatsApp, SMS, social-media, phone and e-mail contacts with clients or conversations")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM,
        schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid enum", value = EXAMPLE_400)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class MessageResource {

    /** The page type as the contract documents it (PageView is generic). */
    @Schema(name = "OutreachMessagePage")
    record Page(List<MessageView> items, int page, int size, long total) {
    }

    private final MessageService messages;

    public MessageResource(MessageService messages) {
        this.messages = messages;
    }

    @POST
    @RolesAllowed({Roles.OUTREACH, Roles.STAFF})
    @Operation(operationId = "recordOutreachMessage", summary = "Record a message with a client or a conversation",
            description = "Under a clientCode (a merged code is stored as its survivor) or a conversation pseudonym the worker chooses; "
                    + "occurredAt defaults to now." + ApiDocs.PERSONAL_DATA)
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordMessageRequest request) {
        MessageView view = MessageView.of(messages.record(request));
        return Response.created(URI.create("/outreach/messages/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed(Roles.OUTREACH)
    @Operation(operationId = "listOutreachMessages", summary = "List messages by period or client",
            description = "Give from and to, or clientCode, or both. A client's list includes the messages of conversations linked to it. Paged, oldest first.")
    @APIResponse(responseCode = "200", description = "One page of messages", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageView<MessageView> list(@BeanParam ListParams params) {
        return messages.list(params);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.OUTREACH)
    @Operation(operationId = "getOutreachMessage", summary = "Read a message")
    @APIResponse(responseCode = "200", description = "The message", content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "404", description = "No message has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public MessageView get(@Parameter(description = "The record's id (a UUID; anything else is a 400 naming id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return MessageView.of(messages.get(Ids.uuid(id, "id")));
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed(Roles.OUTREACH)
    @Operation(operationId = "voidOutreachMessage", summary = "Void a message recorded by mistake",
            description = "It stays, marked void with the reason; an OutreachContactVoided cancels it in the statistics.")
    @APIResponse(responseCode = "200", description = "The voided message", content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "404", description = "No message has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public MessageView voidMessage(@Parameter(description = "The record's id (a UUID; anything else is a 400 naming id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, @NotNull @Valid VoidRequest request) {
        return MessageView.of(messages.voidMessage(Ids.uuid(id, "id"), request.reason()));
    }
}
