package no.sentret.outreach.messages;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;
import static no.sentret.platform.records.ProblemDocs.UNKNOWN_CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.PageParams;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/outreach/conversations")
@RolesAllowed(Roles.OUTREACH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No conversation has this pseudonym", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ConversationResource {

    private final MessageService messages;

    public ConversationResource(MessageService messages) {
        this.messages = messages;
    }

    @GET
    @Path("/{pseudonym}/messages")
    @Operation(operationId = "listConversationMessages", summary = "The messages of a conversation, oldest first")
    @APIResponse(responseCode = "200", description = "The messages", content = @Content(schema = @Schema(implementation = MessageView[].class)))
    public List<MessageView> messages(@PathParam("pseudonym") String pseudonym,
                                      @Parameter(description = "Also list voided messages",
                                              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                      @QueryParam("includeVoided") String includeVoided) {
        return messages.conversationMessages(pseudonym, PageParams.bool(includeVoided, "includeVoided"));
    }

    @POST
    @Path("/{pseudonym}/link")
    @Operation(operationId = "linkConversation", summary = "Link a conversation to a client code",
            description = "Its messages become the client's (a merged code is stored as its survivor) and count once for that client in the "
                    + "statistics; later messages of the conversation are the client's at once. Linking again to the same client changes nothing.")
    @APIResponse(responseCode = "200", description = "Linked", content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "409", description = "Already linked to another client code", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ConversationView link(@PathParam("pseudonym") String pseudonym, @NotNull @Valid LinkConversationRequest request) {
        return messages.link(pseudonym, request.clientCode());
    }
}
