package no.sentret.stats.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import no.sentret.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The analysts' figures, unsuppressed. */
@Path("/stats")
@RolesAllowed("analyst")
@Tag(name = "statistics (analyst)", description = "exact figures; role analyst")
@APIResponse(responseCode = "400", description = "a parameter is malformed; the problem names it",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no or invalid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the token lacks the role", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class StatsResource {

    private final ReportQueries reports;

    public StatsResource(ReportQueries reports) {
        this.reports = reports;
    }

    @GET
    @Path("/annual/{year}")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "annualReport", summary = "The annual report's figures", description = ApiDocs.ANNUAL)
    @APIResponse(responseCode = "200", description = "the year's figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "section,key,value\nyear,uniqueUsers,525\nyear,newUsers,201\n")})
    public Response annual(@Parameter(description = "calendar year", example = "2022", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "2200")) @PathParam("year") String year,
                           @Context HttpHeaders headers) {
        return Negotiation.respond(headers, reports.annual(Params.year("year", year)), Csv::annual);
    }

    @GET
    @Path("/monthly")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "monthlyFigures", summary = "Unique users and services per month", description = ApiDocs.MONTHLY)
    @APIResponse(responseCode = "200", description = "one row per month", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthlyReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "month,uniqueUsers,services\n2022-01,110,301\n")})
    public Response monthly(@Parameter(description = "first month, YYYY-MM", example = "2022-01", required = true) @QueryParam("from") String from,
                            @Parameter(description = "last month, YYYY-MM", example = "2022-12", required = true) @QueryParam("to") String to,
                            @Context HttpHeaders headers) {
        YearMonth[] range = Params.monthRange(from, to);
        return Negotiation.respond(headers, reports.monthly(range[0], range[1]), Csv::monthly);
    }

    @GET
    @Path("/nationality-share")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "nationalityShare", summary = "Nationality shares of unique users per year", description = ApiDocs.SHARE)
    @APIResponse(responseCode = "200", description = "one entry per year", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalityShareReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "year,nationality,users,share,uniqueUsers\n2022,NO,131,0.2495,525\n")})
    public Response nationalityShare(@Parameter(example = "2016", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "2200")) @QueryParam("fromYear") String fromYear,
                                     @Parameter(example = "2022", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "2200")) @QueryParam("toYear") String toYear,
                                     @Context HttpHeaders headers) {
        int[] range = Params.yearRange(fromYear, toYear);
        return Negotiation.respond(headers, reports.nationalityShare(range[0], range[1]), Csv::nationalityShare);
    }
}
