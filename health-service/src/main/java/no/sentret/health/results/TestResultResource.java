package no.sentret.health.results;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/health/test-results/{id}")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Test results", description = "STI test results (id = the STI_TEST service line's id): set, told, corrected with a reason; history kept.")
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No STI test has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class TestResultResource {

    private final TestResultService results;

    public TestResultResource(TestResultService results) {
        this.results = results;
    }

    @GET
    @Operation(operationId = "getTestResult", summary = "Read a test's result and its history", description = "Audited.")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = TestResultView.class)))
    public TestResultView get(@PathParam("id") UUID id) {
        return results.get(id);
    }

    @PUT
    @Operation(operationId = "setTestResult", summary = "Set or correct a test's result and when the client was told",
            description = "The first result needs no reason; changing a result or told-time already set does. Every change is "
                    + "kept in the history. Sending what is already there changes nothing. Publishes no event: results never leave.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SetResultRequest.class), examples = {
            @ExampleObject(name = "result in, client told", value = "{\"result\":\"NEGATIVE\",\"toldAt\":\"2022-05-09T10:30:00+02:00\"}"),
            @ExampleObject(name = "correction", value = "{\"result\":\"POSITIVE\",\"reason\":\"laboratory corrected its report\"}")}))
    @APIResponse(responseCode = "200", description = "The result as it now stands", content = @Content(schema = @Schema(implementation = TestResultView.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST + " A correction without a reason.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The test (or its consultation) is voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TestResultView set(@PathParam("id") UUID id, @NotNull @Valid SetResultRequest request) {
        return results.set(id, request);
    }
}
