package no.sentret.legal.summary;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.PeriodParams;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/legal-aid/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legal summary", description = "The coordinator's counts for a period (an audited read of the registers)")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class SummaryResource {

    /** Up to a little more than a year, the longest period anyone reports on. */
    private static final int MAX_DAYS = 400;

    private final SummaryService summaries;

    public SummaryResource(SummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @RolesAllowed({Roles.LEGAL_COORDINATOR, Roles.LAWYER})
    @Operation(operationId = "getLegalSummary", summary = "Shifts by status, inquiries, cases by area and outcome, open cases, for a period",
            description = "from and to are Oslo calendar days, both inclusive, at most 400 days apart. Shifts by their date, inquiries by when "
                    + "they were made, cases by their opening day; voided records are left out. Counts only, no client code. Audited "
                    + "(resource legal-summary).")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = LegalSummary.class)))
    public LegalSummary summary(@BeanParam PeriodParams period) {
        return summaries.summary(period.period(MAX_DAYS));
    }
}
