package no.sentret.visit.feedback;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.TOO_LARGE;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Written only by the feedback terminal's own client (role kiosk); nobody reads single answers back. */
@Path("/feedback")
@RolesAllowed(Roles.KIOSK)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback", description = "The anonymous \"Happy or Not\" terminal")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class FeedbackResource {

    private final FeedbackService feedback;

    public FeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @POST
    @Operation(operationId = "giveFeedback", summary = "Give feedback (kiosk only)", description = "A score 1-4 (4 best), the terminal's language and optional "
            + "follow-up answers; the two best and the two worst scores have different questions.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response give(@NotNull @Valid FeedbackRequest request) {
        return Response.status(Response.Status.CREATED).entity(feedback.give(request)).build();
    }

    @GET
    @Path("/questions")
    @Operation(operationId = "listFeedbackQuestions", summary = "The follow-up questions per score (kiosk only)", description = "Score to question id to allowed answers.")
    @APIResponse(responseCode = "200", description = "Questions by score")
    public Map<Integer, Map<String, List<String>>> questions() {
        return new java.util.TreeMap<>(Map.of(1, FollowUpQuestions.forScore(1), 2, FollowUpQuestions.forScore(2),
                3, FollowUpQuestions.forScore(3), 4, FollowUpQuestions.forScore(4)));
    }
}
