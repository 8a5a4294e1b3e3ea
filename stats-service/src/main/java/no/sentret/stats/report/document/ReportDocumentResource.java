package no.sentret.stats.report.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.sentret.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The analysts' annual report document: the exact figures. */
@Path("/stats/annual/{year}/report")
@RolesAllowed("analyst")
@Tag(name = "statistics (analyst)", description = "exact figures; role analyst")
@APIResponse(responseCode = "400", description = "a parameter is malformed; the problem names it",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no or invalid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the token lacks the role", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "406", description = "Accept names neither text/html nor application/pdf; the problem names Accept",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class ReportDocumentResource {

    private final ReportDocuments documents;

    public ReportDocumentResource(ReportDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Operation(operationId = "annualReportDocument", summary = "The annual report's statistics section as HTML or PDF",
            description = ReportDocumentResponses.DESCRIPTION)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "nb (default) or en",
            schema = @Schema(type = SchemaType.STRING), example = "en")
    @APIResponse(responseCode = "200", description = "the document, in the language named by Content-Language", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response report(@Parameter(description = "calendar year", example = "2022", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "2200")) @PathParam("year") String year,
                           @Context HttpHeaders headers) {
        return ReportDocumentResponses.respond(documents, year, headers, false);
    }
}
