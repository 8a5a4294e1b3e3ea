package no.sentret.outreach.alerts;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import no.sentret.outreach.common.ApiDocs;
import no.sentret.outreach.common.Ids;
import no.sentret.outreach.common.ScreenLanguage;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.Roles;
import no.sentret.platform.records.VoidRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/outreach/safety-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Safety alerts", description = "Bad-date warnings: recorded by one worker (never stored who), published when a second worker "
        + "approves, active until they expire or are withdrawn. Labels in Norwegian (nb, the default) or English (en) by Accept-Language.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class SafetyAlertResource {

    private static final String ACTIVE_EXAMPLE = """
            [{"id": "9b2f4c1e-3d5a-4f6b-8c7d-0e1f2a3b4c5d", "category": "ROBBERY", "categoryLabel": "Robbery",
              "district": "GRUNERLOKKA", "districtLabel": "Grünerløkka", "occurredOn": "2022-05-06", "partOfDay": "NIGHT",
              "partOfDayLabel": "Night", "modusOperandi": "Grey estate car, offers extra pay, takes the money back with a knife",
              "description": null, "status": "PUBLISHED", "validDays": 30, "recordedAt": "2022-05-07T09:12:00Z",
              "publishedAt": "2022-05-07T10:02:00Z", "expiresAt": "2022-06-06T10:02:00Z", "withdrawnAt": null,
              "withdrawReason": null, "reportedByYou": false, "language": "en"}]""";
    private static final String ID_DOC = "The alert's id (a UUID; anything else is a 400 naming id)";

    private final SafetyAlertService alerts;
    private final JsonWebToken token;

    public SafetyAlertResource(SafetyAlertService alerts, JsonWebToken token) {
        this.alerts = alerts;
        this.token = token;
    }

    @POST
    @RolesAllowed({Roles.OUTREACH, Roles.STAFF})
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The labels' language: nb (default; also for no, nn) or en",
            example = "en-GB,en;q=0.9", schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "recordSafetyAlert", summary = "Record a safety alert (pending until a second worker approves it)",
            description = "The reporter is never stored: only a keyed hash of the token's subject while the alert is pending, so that the "
                    + "reporter cannot approve it; erased when it leaves pending." + ApiDocs.PERSONAL_DATA)
    @APIResponse(responseCode = "201", description = "Recorded, pending", content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid RecordAlertRequest request, @Context HttpHeaders headers) {
        ScreenLanguage lang = language(headers);
        AlertView view = alerts.record(request, subject(), lang);
        return Response.created(URI.create("/outreach/safety-alerts/" + view.id())).entity(view)
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.tag()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    @GET
    @RolesAllowed({Roles.OUTREACH, Roles.STAFF})
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The labels' language: nb (default; also for no, nn) or en",
            example = "en-GB,en;q=0.9", schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "listActiveSafetyAlerts", summary = "The active alerts (published, not expired), for the front desk's screen",
            description = "The most recent incident first. Expiry is decided at this read against the current time. Categories, districts "
                    + "and parts of day come with labels in nb or en (Accept-Language; nb when neither is asked for); the worker's text "
                    + "is shown as written.")
    @APIResponse(responseCode = "200", description = "The active alerts", content = @Content(schema = @Schema(implementation = AlertView[].class),
            examples = @ExampleObject(name = "one active alert, in English", value = ACTIVE_EXAMPLE)))
    public Response active(@Context HttpHeaders headers) {
        ScreenLanguage lang = language(headers);
        return localised(alerts.active(lang), lang);
    }

    @GET
    @Path("/pending")
    @RolesAllowed(Roles.OUTREACH)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The labels' language: nb (default; also for no, nn) or en",
            example = "en-GB,en;q=0.9", schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "listPendingSafetyAlerts", summary = "The alerts waiting for a second worker's approval",
            description = "Oldest first; reportedByYou marks the caller's own (which the caller cannot approve).")
    @APIResponse(responseCode = "200", description = "The pending alerts", content = @Content(schema = @Schema(implementation = AlertView[].class)))
    public Response pending(@Context HttpHeaders headers) {
        ScreenLanguage lang = language(headers);
        return localised(alerts.pending(subject(), lang), lang);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.OUTREACH)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The labels' language: nb (default; also for no, nn) or en",
            example = "en-GB,en;q=0.9", schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "getSafetyAlert", summary = "Read an alert in any state")
    @APIResponse(responseCode = "200", description = "The alert", content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "404", description = "No alert has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                        @Context HttpHeaders headers) {
        ScreenLanguage lang = language(headers);
        return localised(alerts.get(Ids.uuid(id, "id"), subject(), lang), lang);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.OUTREACH)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The labels' language: nb (default; also for no, nn) or en",
            example = "en-GB,en;q=0.9", schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "approveSafetyAlert", summary = "Approve and publish a pending alert (a second worker)",
            description = "Publishes SafetyAlertPublished (categories and dates only). The alert expires validDays after publication.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "404", description = "No alert has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The approver recorded the alert, or it is not pending", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response approve(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                            @Context HttpHeaders headers) {
        ScreenLanguage lang = language(headers);
        return localised(alerts.approve(Ids.uuid(id, "id"), subject(), lang), lang);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.OUTREACH)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The labels' language: nb (default; also for no, nn) or en",
            example = "en-GB,en;q=0.9", schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "withdrawSafetyAlert", summary = "Withdraw a pending or active alert, with a reason",
            description = "A published alert's withdrawal publishes SafetyAlertEnded (the reason stays here).")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "404", description = "No alert has this id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already expired, withdrawn or lapsed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                             @NotNull @Valid VoidRequest request, @Context HttpHeaders headers) {
        ScreenLanguage lang = language(headers);
        return localised(alerts.withdraw(Ids.uuid(id, "id"), request.reason(), lang), lang);
    }

    private static Response localised(Object entity, ScreenLanguage lang) {
        return Response.ok(entity).header(HttpHeaders.CONTENT_LANGUAGE, lang.tag()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private static ScreenLanguage language(HttpHeaders headers) {
        try {
            return ScreenLanguage.of(headers.getAcceptableLanguages());
        } catch (RuntimeException unreadable) {
            return ScreenLanguage.NB; // a preference we cannot read is not an error
        }
    }

    /** The worker's token subject, held in memory only to compute or compare the reporter tag. */
    private String subject() {
        String sub = token.getSubject();
        if (sub == null || sub.isBlank()) {
            throw ProblemException.forbidden("token", "the token names no subject");
        }
        return sub;
    }
}
