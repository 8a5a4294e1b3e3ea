package no.sentret.stats.disclosure;

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
import java.util.ArrayList;
import java.util.List;
import no.sentret.platform.problem.Problem;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.ApiDocs;
import no.sentret.stats.report.Csv;
import no.sentret.stats.report.MonthFigures;
import no.sentret.stats.report.MonthlyReport;
import no.sentret.stats.report.NationalityShareReport;
import no.sentret.stats.report.Negotiation;
import no.sentret.stats.report.Params;
import no.sentret.stats.report.ReportQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipality's figures: the analysts' figures after disclosure control. */
@Path("/stats/public")
@RolesAllowed({"municipality", "analyst"})
@Tag(name = "statistics (public)", description = "suppressed figures; role municipality (or analyst)")
@APIResponse(responseCode = "400", description = "a parameter is malformed; the problem names it",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no or invalid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the token lacks the role", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class PublicStatsResource {

    private final ReportQueries reports;
    private final Disclosure disclosure;

    public PublicStatsResource(ReportQueries reports, Disclosure disclosure) {
        this.reports = reports;
        this.disclosure = disclosure;
    }

    @GET
    @Path("/annual/{year}")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "publicAnnualReport", summary = "The annual report's figures, suppressed", description = ApiDocs.ANNUAL + ApiDocs.PUBLIC)
    @APIResponse(responseCode = "200", description = "the year's figures; null = suppressed", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "section,key,value\nyear,uniqueUsers,525\nareaUniquePersons,LEGAL,\n")})
    public Response annual(@Parameter(description = "calendar year", example = "2022", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "2200")) @PathParam("year") String year,
                           @Context HttpHeaders headers) {
        return Negotiation.respond(headers, disclosure.annual(reports.annual(Params.year("year", year))), Csv::annual);
    }

    /** Each month is its year's public annual report's month: one suppression per year, so the two never tell more together. */
    @GET
    @Path("/monthly")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "publicMonthlyFigures", summary = "Unique users and services per month, suppressed", description = ApiDocs.MONTHLY + ApiDocs.PUBLIC)
    @APIResponse(responseCode = "200", description = "one row per month; null = suppressed", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthlyReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "month,uniqueUsers,services\n2022-01,110,301\n")})
    public Response monthly(@Parameter(description = "first month, YYYY-MM", example = "2022-01", required = true) @QueryParam("from") String from,
                            @Parameter(description = "last month, YYYY-MM", example = "2022-12", required = true) @QueryParam("to") String to,
                            @Context HttpHeaders headers) {
        YearMonth[] range = Params.monthRange(from, to);
        List<MonthFigures> months = new ArrayList<>();
        for (int year = range[0].getYear(); year <= range[1].getYear(); year++) {
            for (MonthFigures m : disclosure.annual(reports.annual(year)).months()) {
                YearMonth ym = YearMonth.parse(m.month());
                if (!ym.isBefore(range[0]) && !ym.isAfter(range[1])) {
                    months.add(m);
                }
            }
        }
        return Negotiation.respond(headers, new MonthlyReport(range[0].toString(), range[1].toString(), months), Csv::monthly);
    }

    @GET
    @Path("/nationality-share")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "publicNationalityShare", summary = "Nationality shares of unique users per year, suppressed", description = ApiDocs.SHARE + ApiDocs.PUBLIC)
    @APIResponse(responseCode = "200", description = "one entry per year; null = suppressed", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalityShareReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "year,nationality,users,share,uniqueUsers\n2022,UA,,,525\n")})
    public Response nationalityShare(@Parameter(example = "2016", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "2200")) @QueryParam("fromYear") String fromYear,
                                     @Parameter(example = "2022", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "2200")) @QueryParam("toYear") String toYear,
                                     @Context HttpHeaders headers) {
        int[] range = Params.yearRange(fromYear, toYear);
        List<NationalityShareReport.YearShares> years = new ArrayList<>();
        for (int year = range[0]; year <= range[1]; year++) {
            years.add(disclosure.nationalityShare(reports.annual(year)));
        }
        return Negotiation.respond(headers, new NationalityShareReport(range[0], range[1], years), Csv::nationalityShare);
    }
}
