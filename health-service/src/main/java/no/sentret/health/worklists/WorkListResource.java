package no.sentret.health.worklists;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.sentret.health.worklists.WorkLists.PendingResults;
import no.sentret.health.worklists.WorkLists.PrepFollowUps;
import no.sentret.health.worklists.WorkLists.SecondDoses;
import no.sentret.health.worklists.WorkLists.UntoldPositives;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/health/work-lists")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work lists", description = "What needs doing, from the standing records; client codes are the current (surviving) codes. "
        + "Clinicians only; every read is audit-logged.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class WorkListResource {

    private final WorkListService lists;

    public WorkListResource(WorkListService lists) {
        this.lists = lists;
    }

    @GET
    @Path("/pending-results")
    @Operation(operationId = "listPendingResults", summary = "STI tests still PENDING after N days", description = "Oldest first. Audited.")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(schema = @Schema(implementation = PendingResults.class)))
    public PendingResults pendingResults(@QueryParam("olderThanDays") @Parameter(description = "Days since the sample (default 14)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "14", minimum = "0", maximum = "3650")) String olderThanDays) {
        return lists.pendingResults(days(olderThanDays, "olderThanDays", 14));
    }

    @GET
    @Path("/untold-positives")
    @Operation(operationId = "listUntoldPositives", summary = "Positive results the client has not been told",
            description = "Longest waiting first. Audited.")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(schema = @Schema(implementation = UntoldPositives.class)))
    public UntoldPositives untoldPositives() {
        return lists.untoldPositives();
    }

    @GET
    @Path("/prep-follow-ups")
    @Operation(operationId = "listPrepFollowUps", summary = "PrEP users whose 3-monthly follow-up is due or overdue",
            description = "Due 3 months after the start (its prescription date) or the last follow-up since; listed when due within "
                    + "withinDays, OVERDUE once the day has passed. A client whose latest PrEP line is STOP is no longer listed. Audited.")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(schema = @Schema(implementation = PrepFollowUps.class)))
    public PrepFollowUps prepFollowUps(@QueryParam("withinDays") @Parameter(description = "Also list those due within this many days (default 14)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "14", minimum = "0", maximum = "3650")) String withinDays) {
        return lists.prepFollowUps(days(withinDays, "withinDays", 14));
    }

    @GET
    @Path("/second-doses")
    @Operation(operationId = "listSecondDoses", summary = "Clients due a second vaccine dose",
            description = "A first dose and no later dose of the same vaccine; due the vaccine's interval after the first "
                    + "(MPOX 28 days, HEPATITIS_A 6 months, HEPATITIS_B 1 month, HPV 2 months). Audited.")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(schema = @Schema(implementation = SecondDoses.class)))
    public SecondDoses secondDoses(@QueryParam("withinDays") @Parameter(description = "Also list those due within this many days (default 7)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "7", minimum = "0", maximum = "3650")) String withinDays) {
        return lists.secondDoses(days(withinDays, "withinDays", 7));
    }

    private static int days(String value, String field, int dflt) {
        if (value == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0 || n > 3650) {
                throw ProblemException.invalid(field, "must be between 0 and 3650");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number of days");
        }
    }
}
