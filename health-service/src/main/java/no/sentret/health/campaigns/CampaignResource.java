package no.sentret.health.campaigns;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import no.sentret.health.campaigns.CampaignDtos.CampaignList;
import no.sentret.health.campaigns.CampaignDtos.CampaignView;
import no.sentret.health.campaigns.CampaignDtos.ContactView;
import no.sentret.health.campaigns.CampaignDtos.DefineCampaign;
import no.sentret.health.campaigns.CampaignDtos.EligibleClients;
import no.sentret.health.campaigns.CampaignDtos.LogContact;
import no.sentret.health.campaigns.CampaignDtos.Progress;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/health/campaigns")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vaccination campaigns", description = "A vaccine and an eligibility rule; the eligible client codes, contact attempts and "
        + "progress. Clinicians only; reading a campaign's list or progress is audit-logged.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class CampaignResource {

    private final CampaignService campaigns;

    public CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @POST
    @Operation(operationId = "defineCampaign", summary = "Define a vaccination campaign",
            description = "Rules: SEEN_LAST_12_MONTHS (a Stua visit, social or health consultation in the last 12 months), "
                    + "HEALTH_CONSULTATION_LAST_12_MONTHS, ON_PREP; each only for clients not yet fully vaccinated with the vaccine (no standing dose with the course's last number).")
    @RequestBody(content = @Content(schema = @Schema(implementation = DefineCampaign.class),
            examples = @ExampleObject(name = "mpox", value = "{\"vaccine\":\"MPOX\",\"rule\":\"SEEN_LAST_12_MONTHS\",\"title\":\"mpox autumn 2022\"}")))
    @APIResponse(responseCode = "201", description = "Defined", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response define(@NotNull @Valid DefineCampaign request) {
        CampaignView view = campaigns.define(request);
        return Response.created(URI.create("/health/campaigns/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "The campaigns, newest first")
    @APIResponse(responseCode = "200", description = "The campaigns", content = @Content(schema = @Schema(implementation = CampaignList.class)))
    public CampaignList list() {
        return campaigns.list();
    }

    @GET
    @Path("/{id}/eligible")
    @Operation(operationId = "listCampaignClients", summary = "The campaign's clients: eligible now, or already contacted",
            description = "Each with the doses given here and the latest contact attempt. Audited.")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(schema = @Schema(implementation = EligibleClients.class)))
    @APIResponse(responseCode = "404", description = "No campaign has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EligibleClients eligible(@PathParam("id") UUID id) {
        return campaigns.eligible(id);
    }

    @POST
    @Path("/{id}/contacts")
    @Operation(operationId = "logCampaignContact", summary = "Log an attempt to reach a client",
            description = "Where (channel) and the outcome. A merged code is logged under its survivor.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LogContact.class),
            examples = @ExampleObject(name = "vaccinated", value = "{\"clientCode\":\"K7M3QX\",\"channel\":\"AT_CENTRE\",\"outcome\":\"VACCINATED\"}")))
    @APIResponse(responseCode = "201", description = "Logged", content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No campaign has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response logContact(@PathParam("id") UUID id, @NotNull @Valid LogContact request) {
        ContactView view = campaigns.logContact(id, request);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "getCampaignProgress", summary = "How far the campaign has come",
            description = "Clients listed, contacted and not, by the outcome of their latest contact; contact attempts. Audited.")
    @APIResponse(responseCode = "200", description = "The progress", content = @Content(schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "404", description = "No campaign has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Progress progress(@PathParam("id") UUID id) {
        return campaigns.progress(id);
    }
}
