package no.sentret.outreach.ads;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.sentret.platform.problem.Problem;
import no.sentret.outreach.common.Ids;
import no.sentret.platform.records.Roles;
import no.sentret.platform.records.VoidRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/outreach")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ad sites", description = "Individual ads counted per week on the sites the team watches")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class AdCountResource {

    private final AdCountService ads;

    public AdCountResource(AdCountService ads) {
        this.ads = ads;
    }

    @GET
    @Path("/ad-sites")
    @RolesAllowed({Roles.OUTREACH, Roles.ANALYST})
    @Operation(operationId = "listAdSites", summary = "The ad sites the team watches")
    @APIResponse(responseCode = "200", description = "Site names, sorted", content = @Content(schema = @Schema(implementation = String[].class)))
    public List<String> sites() {
        return ads.sites();
    }

    @POST
    @Path("/ad-sites")
    @RolesAllowed(Roles.OUTREACH)
    @Operation(operationId = "addAdSite", summary = "Add a site to the team's list")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = AdSiteRequest.class)))
    @APIResponse(responseCode = "409", description = "The team already keeps this site", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response addSite(@NotNull @Valid AdSiteRequest request) {
        if (!ads.addSite(request.name())) {
            throw no.sentret.platform.problem.ProblemException.conflict("name", "the team already keeps this site");
        }
        return Response.created(URI.create("/outreach/ad-sites")).entity(new AdSiteRequest(request.name().strip())).build();
    }

    @POST
    @Path("/ad-counts")
    @RolesAllowed(Roles.OUTREACH)
    @Operation(operationId = "recordAdCount", summary = "Record the individual ads counted on a site in an ISO week",
            description = "One count per site and week; publishes AdSiteWeekCounted.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AdCountView.class)))
    @APIResponse(responseCode = "409", description = "This site's week is already counted", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not one of the team's sites", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordAdCountRequest request) {
        AdCountView view = ads.record(request);
        // the series the count joined: the site is text the team writes (spaces allowed) and is encoded, or
        // URI.create fails after the count committed; the week's ISO year is the year the series needs
        String site = URLEncoder.encode(view.site(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.created(URI.create("/outreach/ad-counts/series?site=" + site + "&year=" + view.week().substring(0, 4)))
                .entity(view).build();
    }

    @GET
    @Path("/ad-counts/series")
    @RolesAllowed({Roles.OUTREACH, Roles.ANALYST})
    @Operation(operationId = "adCountSeries", summary = "The weekly series of a site with the year-over-year change",
            description = "Each counted week of the year beside the same ISO week number of the year before.")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = AdSeriesView.class)))
    @APIResponse(responseCode = "404", description = "Not one of the team's sites", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AdSeriesView series(@Parameter(required = true, example = "annonsesiden.no") @QueryParam("site") String site,
                               @Parameter(required = true, example = "2022", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2001", maximum = "9999")) @QueryParam("year") String year) {
        return ads.series(site, year);
    }

    @POST
    @Path("/ad-counts/{id}/void")
    @RolesAllowed(Roles.OUTREACH)
    @Operation(operationId = "voidAdCount", summary = "Void an ad count recorded by mistake",
            description = "It stays, marked void with the reason; AdSiteWeekVoided cancels it in the statistics, and the week may be counted again.")
    @APIResponse(responseCode = "200", description = "The voided ad count", content = @Content(schema = @Schema(implementation = AdCountView.class)))
    @APIResponse(responseCode = "404", description = "No ad count has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already voided", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AdCountView voidCount(@Parameter(description = "The record's id (a UUID; anything else is a 400 naming id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                         @NotNull @Valid VoidRequest request) {
        return ads.voidCount(Ids.uuid(id, "id"), request.reason());
    }
}
